using Majordome.Dialogs.Knowledge;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// A question typed while a task's question waits ("c'est quoi une table de dégustation ?" at the date step) is
/// answered from the FAQ, then the waiting question is asked again: the customer keeps their place instead of
/// being offered to leave the task. Only a message that is no answer at all, reads as a question and has an FAQ
/// entry that answers it well enough (or close questions to offer) is taken; anything else goes on to the next
/// policies.
/// </summary>
/// <param name="knowledge">The brand's FAQ.</param>
public sealed class InPlaceQuestionPolicy(FaqKnowledge knowledge) : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Answer != AnswerMatch.None || !turn.InFlow || turn.WaitingOnFollowUp || turn.Turn.Activity.Value is not null || !MessageContent.IsQuestion(turn.Text)
            || MessageContent.IsEmpty(turn.Text, turn.Language))
        {
            return null;
        }

        return await FaqInPlaceAnswer.TrySendAsync(turn, knowledge, cancellationToken).ConfigureAwait(false)
            ? await turn.RepromptAsync(cancellationToken).ConfigureAwait(false)
            : null;
    }
}
