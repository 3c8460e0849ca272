using Majordome.Dialogs.Knowledge;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// Answers a question typed in the middle of a task from the FAQ, without leaving the task: the answer, or close
/// questions to click when none answers well enough. Shared by the policies that meet such a question.
/// </summary>
internal static class FaqInPlaceAnswer
{
    /// <summary>Sends the FAQ's answer or close questions for the turn's text; false when the FAQ has neither.</summary>
    public static async Task<bool> TrySendAsync(TurnPolicyContext turn, FaqKnowledge knowledge, CancellationToken cancellationToken)
    {
        var match = knowledge.Match(turn.Text, turn.Language);
        if (match.Answer is { } answer)
        {
            await turn.Turn.SendActivityAsync(MessageFactory.Text(answer.Entry.Answer.In(turn.Language)), cancellationToken).ConfigureAwait(false);
            return true;
        }

        // Close to some questions but not enough to answer: they are offered (a click sends the question's own
        // words, answered in place next turn).
        if (match.Suggestions.Count > 0)
        {
            await turn.Turn.SendActivityAsync(FaqSuggestionMessage.Create(match.Suggestions, turn.Language, turn.Localizer), cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }
}
