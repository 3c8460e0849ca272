using Majordome.Dialogs.Flows.Experiments;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// The experiments' store of the transcript bot: a transcript with a <c>variant: b</c> line puts its customer in
/// that variant (nothing is stored), so <c>flows test</c> can check each variant of a flow; without one, the hash
/// decides as in production.
/// </summary>
internal sealed class PinnedFlowExperimentLog(IFlowExperimentLog inner) : IFlowExperimentLog
{
    // The variant of the transcript playing on this async flow (TranscriptBot sets it around a run).
    private static readonly AsyncLocal<string?> Playing = new();

    /// <summary>Sets the variant of the transcript about to play, until the returned scope is disposed.</summary>
    public static IDisposable Use(string? variant)
    {
        var before = Playing.Value;
        Playing.Value = variant;
        return new Restore(before);
    }

    public Task<StoredAssignment> AssignAsync(ExperimentAssignment proposed, CancellationToken cancellationToken = default) =>
        Playing.Value is { } variant
            ? Task.FromResult(new StoredAssignment((proposed ?? throw new ArgumentNullException(nameof(proposed))) with { Variant = variant }, IsNew: false))
            : inner.AssignAsync(proposed, cancellationToken);

    public Task RecordEventAsync(string customerKey, string eventName, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        inner.RecordEventAsync(customerKey, eventName, at, cancellationToken);

    private sealed class Restore(string? before) : IDisposable
    {
        public void Dispose() => Playing.Value = before;
    }
}
