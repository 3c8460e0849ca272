using Majordome.Dialogs.Flows;

namespace Majordome.Bot.Content.Flows;

/// <summary>The flows read from the flows folder, and every problem found in it.</summary>
/// <param name="Flows">The flows whose files have no problem (a broken file never takes the others down).</param>
/// <param name="Problems">Every problem, file by file, in document order.</param>
/// <param name="Files">Each file read, with its flow or its problems (the hot reload keeps a broken file's last good flow).</param>
public sealed record FlowLoadResult(IReadOnlyList<FlowDefinition> Flows, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<FlowFileResult>? Files = null)
{
    /// <summary>Every warning (a flow that serves, but not as the marketer may expect), file by file.</summary>
    public IReadOnlyList<ContentProblem> Warnings => [.. (Files ?? []).SelectMany(f => f.Warnings ?? [])];
}
