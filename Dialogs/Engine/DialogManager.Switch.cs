using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// Interruptions: while a flow's question waits, a message that clearly starts another flow is not counted as a
/// wrong answer; the customer is asked whether to switch. "Yes" starts the other flow with what the message said,
/// "no" asks the waiting question again, anything else is taken as the answer to that question.
/// </summary>
public sealed partial class DialogManager
{
    /// <summary>Handles a pending switch's answer or detects an interruption; null when the turn goes to the active dialog.</summary>
    private async Task<DialogTurnResult?> HandleSwitchAsync(DialogContext dc, PendingSwitch? pending, CancellationToken cancellationToken)
    {
        if (_interruptions is null || dc.Stack.Count == 0)
        {
            return null;
        }

        var turn = dc.Context;
        if (pending is not null)
        {
            switch (ConfirmRecognizer.Recognize(PromptInput.GetText(turn.Activity), dc.Language))
            {
                case true:
                    LogSwitched(turn.Activity.Conversation?.Id, pending.Intent);
                    await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                    return await dc.BeginDialogAsync(RootDialog.Id, new RootDialogOptions(RootDialogReason.Switch, pending.Intent, pending.Utterance), cancellationToken).ConfigureAwait(false);
                case false:
                    await SayAsync(dc, "understanding.switchKept", cancellationToken).ConfigureAwait(false);
                    return await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);
                default:
                    // Neither yes nor no: most likely the answer to the question that was waiting.
                    return null;
            }
        }

        if (await _interruptions.DetectAsync(dc, cancellationToken).ConfigureAwait(false) is not { } target
            || _interruptions.CurrentFlow(dc) is not { } current)
        {
            return null;
        }

        await _pendingSwitch.SetAsync(turn, new PendingSwitch { Intent = target, Utterance = PromptInput.GetText(turn.Activity) ?? string.Empty }, cancellationToken).ConfigureAwait(false);
        var language = dc.Language;
        var question = _localizer.Get(language, "understanding.switch", new
        {
            current = _localizer.Get(language, "intent." + current),
            target = _localizer.Get(language, "intent." + target),
        });
        var yes = _localizer.Get(language, "prompt.confirm.yes");
        var no = _localizer.Get(language, "prompt.confirm.no");
        var message = MessageFactory.SuggestedActions(
            [new CardAction(ActionTypes.ImBack, yes, value: yes), new CardAction(ActionTypes.ImBack, no, value: no)],
            question,
            ssml: null,
            inputHint: InputHints.ExpectingInput,
            toList: null);
        await turn.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    }

    /// <summary>The switch question asked last turn, if any, removed from state (it is answered now or never).</summary>
    private async Task<PendingSwitch?> TakePendingSwitchAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (_interruptions is null)
        {
            return null;
        }

        var pending = await _pendingSwitch.GetAsync(turn, () => new PendingSwitch(), cancellationToken).ConfigureAwait(false);
        await _pendingSwitch.DeleteAsync(turn, cancellationToken).ConfigureAwait(false);
        return pending.Intent.Length > 0 ? pending : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Switched to flow {Intent} after an interruption in conversation {ConversationId}")]
    private partial void LogSwitched(string? conversationId, string intent);
}
