using Majordome.Dialogs.Knowledge;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// A message that is not an answer to the waiting question and that the recognizer is sure asks for another flow
/// ("en fait je veux commander 2 boîtes d'arpeggio" while the booking asks for a party size). After a follow-up
/// question ("did this answer help?") the other flow simply starts; in the middle of a task the customer is asked
/// whether to leave it (the answer is read by <see cref="PendingSwitchPolicy"/> next turn), except for a question
/// the FAQ could not answer in place, which is said not to be known before the task's question is asked again.
/// </summary>
/// <param name="interruptions">Tells a request for another flow from an answer.</param>
/// <param name="pendingSwitch">Where the switch question is kept until the next message.</param>
/// <param name="knowledge">The brand's FAQ, for a question typed at a question that takes any text; null when there is none.</param>
/// <param name="feedback">Where a question nobody could answer is recorded for the team; null records none.</param>
public sealed class InterruptionPolicy(Interruptions interruptions, IStatePropertyAccessor<PendingSwitch> pendingSwitch, FaqKnowledge? knowledge = null, IFeedbackLog? feedback = null) : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var dc = turn.Dialogs;
        if (turn.Answer is AnswerMatch.Clear or AnswerMatch.Possible || dc.Stack.Count == 0
            || await interruptions.DetectAsync(dc, cancellationToken).ConfigureAwait(false) is not { } target
            || interruptions.CurrentFlow(dc) is not { } current)
        {
            return null;
        }

        var utterance = turn.Text ?? string.Empty;
        if (turn.WaitingOnFollowUp)
        {
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await turn.BeginRootAsync(new RootDialogOptions(RootDialogReason.Switch, target, utterance), cancellationToken).ConfigureAwait(false);
        }

        // A question typed in the middle of a task is answered in place, and one the FAQ cannot answer would find
        // nothing better in the question flow: the customer is told so and keeps their place, instead of being
        // offered to leave the task for "Ask a question". InPlaceQuestionPolicy answered it already when it was no
        // answer at all; a question that takes any text (a comment) reaches here with the FAQ not yet asked.
        if (target == Intents.Information && Recognition.MessageContent.IsQuestion(utterance))
        {
            if (turn.Answer != AnswerMatch.Open || knowledge is null || !await FaqInPlaceAnswer.TrySendAsync(turn, knowledge, cancellationToken).ConfigureAwait(false))
            {
                // Recorded as the question flow records what it cannot answer: the team sees what customers ask.
                if (feedback is not null)
                {
                    await feedback.RecordUnansweredAsync(Conversations.CustomerKey.From(turn.Turn), utterance, turn.Language, cancellationToken).ConfigureAwait(false);
                }

                await turn.SayAsync("inPlace.unknown", cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
        }

        await pendingSwitch.SetAsync(turn.Turn, new PendingSwitch { Intent = target, Current = current, Utterance = utterance }, cancellationToken).ConfigureAwait(false);
        var localizer = turn.Localizer;
        var language = turn.Language;
        var question = localizer.Get(language, "understanding.switch", new
        {
            current = localizer.Get(language, "intent." + current),
            target = localizer.Get(language, "intent." + target),
        });
        var yes = localizer.Get(language, "prompt.confirm.yes");
        var no = localizer.Get(language, "prompt.confirm.no");
        var message = MessageFactory.SuggestedActions(
            [new CardAction(ActionTypes.ImBack, yes, value: yes), new CardAction(ActionTypes.ImBack, no, value: no)],
            question,
            ssml: null,
            inputHint: InputHints.ExpectingInput,
            toList: null);
        await turn.Turn.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    }
}
