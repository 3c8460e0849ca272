using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Flows.Actions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The image step and the call step: a picture sent as the channel's own image message, and another flow run
/// inside this one, its inputs given and its returned variables copied back.
/// </summary>
public sealed partial class FlowDialog
{
    /// <summary>
    /// The deepest chain of calls a run follows. Validation refuses a cycle and a longer chain; this guards a
    /// catalog changed under a customer's feet (a hot reload between two turns).
    /// </summary>
    public const int MaxCallDepth = 5;

    private async Task SendImageAsync(ITurnContext turn, ImageStep image, string language, CancellationToken cancellationToken)
    {
        // The brand's own pictures are served under /media/: absolute with the public address, so Messenger and
        // WhatsApp can fetch them; without one, the bot's own chat page resolves the path against its origin.
        var url = Uri.TryCreate(image.Url, UriKind.Absolute, out var absolute) ? absolute.ToString()
            : _services.PublicBase is { } publicBase ? new Uri(publicBase, image.Url.TrimStart('/')).ToString()
            : image.Url;
        var message = MessageFactory.Attachment(new Attachment(image.ContentType, url, name: image.Alt.In(language)));
        await turn.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A short pause inside the turn, "typing…" shown meanwhile (the clock is injected, so tests move it).</summary>
    private async Task PauseAsync(ITurnContext turn, WaitStep wait, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken).ConfigureAwait(false);
        await Task.Delay(wait.Duration < WaitStep.MaxDuration ? wait.Duration : WaitStep.MaxDuration, _time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins the called flow with its inputs, or goes on without it when it is gone or the chain is too deep.</summary>
    private async Task<DialogTurnResult?> BeginCallAsync(WaterfallStepContext step, CallStep call, FlowRun run, string language, CancellationToken cancellationToken)
    {
        var dialogId = DialogIdOf(call.Flow);
        if (run.CallDepth + 1 >= MaxCallDepth || step.FindDialog(dialogId) is null)
        {
            LogCallSkipped(_services.Logger, _flow.Id, call.Flow, run.CallDepth + 1 >= MaxCallDepth ? "the chain of calls is too deep" : "the flow is not serving");
            return null;
        }

        var values = run.Values();
        var inputs = new FlowCallInputs { Depth = run.CallDepth + 1 };
        var scratch = new FlowRun();
        foreach (var (name, text) in call.Arguments)
        {
            scratch.Set(name, Argument(text.In(language), values, language));
            inputs.Values[name] = scratch.Variables[name];
        }

        run.StepId = call.Id;
        step.Values.Set(RunKey, run);
        return await step.BeginDialogAsync(dialogId, inputs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Back from a called flow: its returned variables copied, then on with the next step; a called flow that left
    /// for another flow (goto) or for the booking takes this flow along.
    /// </summary>
    private async Task<DialogTurnResult> ReturnFromCallAsync(WaterfallStepContext step, CallStep call, FlowRun run, CancellationToken cancellationToken)
    {
        var outcome = step.Result as FlowOutcome;
        if (outcome is { FlowGoto: not null } or { Booking: not null })
        {
            return await step.EndDialogAsync(outcome, cancellationToken).ConfigureAwait(false);
        }

        foreach (var name in call.Returns)
        {
            run.Variables[name] = outcome?.Variables?.GetValueOrDefault(name)?.DeepClone() ?? Newtonsoft.Json.Linq.JValue.CreateNull();
        }

        run.Position++;
        return await step.ReplaceDialogAsync(RunWaterfall, run, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flow {FlowId}: the call of {Called} was skipped and the flow goes on: {Reason}")]
    private static partial void LogCallSkipped(ILogger logger, string flowId, string called, string reason);
}
