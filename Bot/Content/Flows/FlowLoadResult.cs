using Majordome.Dialogs.Flows;

namespace Majordome.Bot.Content.Flows;

/// <summary>The flows read from the flows folder, and every problem found in it.</summary>
/// <param name="Flows">The flows whose files have no problem (a broken file never takes the others down).</param>
/// <param name="Problems">Every problem, file by file, in document order.</param>
public sealed record FlowLoadResult(IReadOnlyList<FlowDefinition> Flows, IReadOnlyList<ContentProblem> Problems);
