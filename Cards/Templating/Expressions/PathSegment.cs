namespace Majordome.Cards.Templating.Expressions;

/// <summary>One step of a data path: <c>.name</c> or <c>[index]</c>.</summary>
internal abstract record PathSegment;

/// <summary>Member access: <c>.name</c>.</summary>
internal sealed record MemberSegment(string Name) : PathSegment;

/// <summary>Index access: <c>[0]</c>, <c>[$index]</c> or <c>['name']</c>.</summary>
internal sealed record IndexSegment(Node Index) : PathSegment;
