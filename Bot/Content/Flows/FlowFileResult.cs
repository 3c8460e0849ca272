using Majordome.Dialogs.Flows;

namespace Majordome.Bot.Content.Flows;

/// <summary>One flow file as it was read.</summary>
/// <param name="File">Its name as problems show it ("flows/gift-finder.yaml").</param>
/// <param name="Flow">Its flow when the file has no problem, else null.</param>
/// <param name="Problems">Its problems, in document order.</param>
/// <param name="Warnings">What serves but not as the marketer may expect (such as a button past a channel's limit).</param>
public sealed record FlowFileResult(string File, FlowDefinition? Flow, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<ContentProblem>? Warnings = null);
