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
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "quel", "quelle", "quels", "quelles", "comment", "combien", "pourquoi", "quand", "ou", "quoi", "qu", "est", "peut", "faut",
        "what", "how", "why", "when", "where", "which", "who", "is", "are", "do", "does", "can", "could", "should",
    };

    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Answer != AnswerMatch.None || !turn.InFlow || turn.WaitingOnFollowUp || turn.Turn.Activity.Value is not null || !IsQuestion(turn.Text)
            || MessageContent.IsEmpty(turn.Text, turn.Language))
        {
            return null;
        }

        if (knowledge.Find(turn.Text, turn.Language) is { } answer)
        {
            await turn.Turn.SendActivityAsync(MessageFactory.Text(answer.Entry.Answer.In(turn.Language)), cancellationToken).ConfigureAwait(false);
            return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
        }

        // Close to some questions but not enough to answer: they are offered (a click sends the question's own
        // words, answered here next turn) and the task's question is asked again.
        if (knowledge.Suggest(turn.Text, turn.Language) is { Count: > 0 } close)
        {
            await turn.Turn.SendActivityAsync(FaqSuggestionMessage.Create(close, turn.Language, turn.Localizer), cancellationToken).ConfigureAwait(false);
            return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>A question mark, or a question word first ("comment ça marche", "how long does it take").</summary>
    private static bool IsQuestion(string? text) =>
        text is not null && (text.Contains('?', StringComparison.Ordinal) || TextNormalizer.Tokenize(text) is [var first, _, ..] && QuestionWords.Contains(first));
}
