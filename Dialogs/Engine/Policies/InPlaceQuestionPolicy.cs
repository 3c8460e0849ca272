using Majordome.Dialogs.Knowledge;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// A question typed while a task's question waits ("c'est quoi une table de dégustation ?" at the date step) is
/// answered from the FAQ, then the waiting question is asked again: the customer keeps their place instead of
/// being offered to leave the task. Only a message that is no answer at all, reads as a question and has an FAQ
/// entry that answers it well enough is taken; anything else goes on to the next policies.
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
            || MessageContent.IsEmpty(turn.Text, turn.Language) || knowledge.Find(turn.Text, turn.Language) is not { } answer)
        {
            return null;
        }

        await turn.Turn.SendActivityAsync(MessageFactory.Text(answer.Entry.Answer.In(turn.Language)), cancellationToken).ConfigureAwait(false);
        return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A question mark, or a question word first ("comment ça marche", "how long does it take").</summary>
    private static bool IsQuestion(string? text) =>
        text is not null && (text.Contains('?', StringComparison.Ordinal) || TextNormalizer.Tokenize(text) is [var first, _, ..] && QuestionWords.Contains(first));
}
