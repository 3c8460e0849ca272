using Majordome.Dialogs.Flows.Actions;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// An action as a transcript bot runs it: the transcript playing's stub answers when it has one for the action
/// (<see cref="Transcript.Stubs"/>); a webhook without a stub fails as an unreachable service would, so
/// <c>flows test</c> never calls the network; any other action runs for real (on the transcript bot's own database).
/// </summary>
internal sealed class StubbedFlowAction(IFlowAction inner) : IFlowAction
{
    // The stubs of the transcript playing on this async flow (TranscriptBot sets them around a run).
    private static readonly AsyncLocal<IReadOnlyDictionary<string, string?>?> Playing = new();

    public string Name => inner.Name;

    public IReadOnlyList<string> RequiredArguments => inner.RequiredArguments;

    public IReadOnlyList<string>? OptionalArguments => inner.OptionalArguments;

    /// <summary>Sets the stubs of the transcript about to play, until the returned scope is disposed.</summary>
    public static IDisposable Use(IReadOnlyDictionary<string, string?>? stubs)
    {
        var before = Playing.Value;
        Playing.Value = stubs;
        return new Restore(before);
    }

    public Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Playing.Value is { } stubs && stubs.TryGetValue(Name, out var answer))
        {
            return Task.FromResult(answer is null
                ? FlowActionResult.Failed("the transcript's stub answers error")
                : FlowActionResult.Ok(WebhookAction.MapAnswer(answer, context.RequestedOutputs)));
        }

        return Name == WebhookAction.ActionName
            ? Task.FromResult(FlowActionResult.Failed("flows test calls no webhook: add a stub: line to the transcript"))
            : inner.ExecuteAsync(context, cancellationToken);
    }

    private sealed class Restore(IReadOnlyDictionary<string, string?>? before) : IDisposable
    {
        public void Dispose() => Playing.Value = before;
    }
}
