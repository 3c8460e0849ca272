using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>What one template object became: nothing ($when false), one object, or one per item of a <c>$data</c> array.</summary>
/// <param name="Items">The bound objects.</param>
/// <param name="Repeated">True when <c>$data</c> was an array, so the result is a list even with zero or one item.</param>
internal sealed record Expansion(IReadOnlyList<JToken> Items, bool Repeated);
