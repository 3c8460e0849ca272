using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The opt-in step: a yes/no question read by the same confirm prompt as the shop's own questions (buttons, "oui",
/// "ok vas-y", "yes please"). A yes stores the consent with the question exactly as the customer saw it and the time;
/// a no stores nothing. A host that keeps no consents skips the step (logged): asking would promise what nothing keeps.
/// </summary>
public sealed partial class FlowDialog
{
    /// <summary>Asks the opt-in question, or null when no consent store runs here and the flow goes on without it.</summary>
    private async Task<DialogTurnResult?> AskOptInAsync(WaterfallStepContext step, OptInStep optIn, FlowRun run, string language, CancellationToken cancellationToken)
    {
        if (_services.Consents is null)
        {
            LogOptInSkipped(_services.Logger, _flow.Id, optIn.Id, "no consent store runs in this host");
            return null;
        }

        // The words shown are the proof of what the customer agreed to: kept as shown, variables filled.
        var question = FlowText.Fill(optIn.Ask.In(language), _titles.ForDisplay(run.Values(), language), language);
        run.StepId = optIn.Id;
        run.Asked = question;
        step.Values.Set(RunKey, run);
        return await step.PromptAsync(PromptId(AskKind.Confirm), new PromptOptions { Prompt = MessageFactory.Text(question) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps a yes as the customer's consent, says the answer's text, and sets the step's variable.</summary>
    private async Task StoreOptInAsync(WaterfallStepContext step, OptInStep optIn, FlowRun run, CancellationToken cancellationToken)
    {
        var language = step.Language;
        var agreed = step.GetResult<bool?>() == true;
        var key = agreed ? "flow.optIn.yes" : "flow.optIn.no";
        var said = agreed ? optIn.Yes : optIn.No;
        if (agreed && !await GrantAsync(step.Context, optIn, run.Asked, cancellationToken).ConfigureAwait(false))
        {
            (agreed, key, said) = (false, "flow.optIn.failed", null);
        }

        run.Asked = null;
        if (optIn.Variable is { } variable)
        {
            run.Set(variable, agreed);
        }

        var text = said is null ? _localizer.Get(language, key) : FlowText.Fill(said.In(language), _titles.ForDisplay(run.Values(), language), language);
        await step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the consent; false when it could not be kept (the customer is then told so, never thanked for nothing).</summary>
    private async Task<bool> GrantAsync(ITurnContext turn, OptInStep optIn, string? wording, CancellationToken cancellationToken)
    {
        if (_services.Consents is not { } consents || string.IsNullOrWhiteSpace(wording))
        {
            LogOptInSkipped(_services.Logger, _flow.Id, optIn.Id, "the question's words were not kept, so there is no consent to record");
            return false;
        }

        try
        {
            await consents.GrantAsync(CustomerKey.From(turn), optIn.Category, wording, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogOptInFailed(_services.Logger, e, _flow.Id, optIn.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flow {FlowId}: the opt-in step {StepId} was skipped and the flow goes on: {Reason}")]
    private static partial void LogOptInSkipped(ILogger logger, string flowId, string stepId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Flow {FlowId}: the opt-in step {StepId} could not record the customer's consent; they were told so")]
    private static partial void LogOptInFailed(ILogger logger, Exception exception, string flowId, string stepId);
}
