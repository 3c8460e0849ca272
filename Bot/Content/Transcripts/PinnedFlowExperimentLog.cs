using Majordome.Dialogs.Flows.Experiments;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// The experiments' store of the transcript bot: a transcript with a <c>variant: b</c> line puts its customer in
/// that variant (nothing is stored), so <c>flows test</c> can check each variant of a flow; without one, the
/// flow's first variant, so a transcript plays the same on every run (its customer's id is new each time, and the
/// hash of it would pick a variant at random).
/// </summary>
internal sealed class PinnedFlowExperimentLog(IFlowExperimentLog inner) : IFlowExperimentLog
{
    // The variant of the transcript playing on this async flow (TranscriptBot sets it around a run).
    private static readonly AsyncLocal<Func<ExperimentAssignment, string?>?> Playing = new();

    /// <summary>
    /// Sets the variant of the transcript about to play (<paramref name="variant"/>, else the flow's first one as
    /// <paramref name="firstOf"/> gives it from a flow id), until the returned scope is disposed.
    /// </summary>
    public static IDisposable Use(string? variant, Func<string, string?> firstOf)
    {
        ArgumentNullException.ThrowIfNull(firstOf);
        var before = Playing.Value;
        Playing.Value = proposed => variant ?? firstOf(proposed.FlowId);
        return new Restore(before);
    }

    public Task<StoredAssignment> AssignAsync(ExperimentAssignment proposed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        return Playing.Value?.Invoke(proposed) is { } variant
            ? Task.FromResult(new StoredAssignment(proposed with { Variant = variant }, IsNew: false))
            : inner.AssignAsync(proposed, cancellationToken);
    }

    public Task RecordEventAsync(string customerKey, string eventName, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        inner.RecordEventAsync(customerKey, eventName, at, cancellationToken);

    private sealed class Restore(Func<ExperimentAssignment, string?>? before) : IDisposable
    {
        public void Dispose() => Playing.Value = before;
    }
}
