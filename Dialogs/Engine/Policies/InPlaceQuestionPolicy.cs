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

        var match = knowledge.Match(turn.Text, turn.Language);
        if (match.Answer is { } answer)
        {
            await turn.Turn.SendActivityAsync(MessageFactory.Text(answer.Entry.Answer.In(turn.Language)), cancellationToken).ConfigureAwait(false);
            return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
        }

        // Close to some questions but not enough to answer: they are offered (a click sends the question's own
        // words, answered here next turn) and the task's question is asked again.
        if (match.Suggestions.Count > 0)
        {
            await turn.Turn.SendActivityAsync(FaqSuggestionMessage.Create(match.Suggestions, turn.Language, turn.Localizer), cancellationToken).ConfigureAwait(false);
            return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
        }

        return null;
    }
}
