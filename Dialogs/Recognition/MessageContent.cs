namespace Majordome.Dialogs.Recognition;

/// <summary>Tells a message that says something from one that only reacts ("yes", "ok", "thanks", "hmm").</summary>
public static class MessageContent
{
    /// <summary>
    /// True when <paramref name="text"/> carries nothing to look up: a yes or a no, small talk, only filler and
    /// function words, or only numbers ("5", a phone number typed out of context). Such a message never reaches the
    /// FAQ's retrieval, which would find a confident wrong answer for "yes" or "5" as readily as for anything else.
    /// </summary>
    /// <param name="text">The customer's message.</param>
    /// <param name="language">The conversation's language.</param>
    public static bool IsEmpty(string? text, string language)
    {
        var words = TextNormalizer.Tokenize(text);

        // A yes or a no followed by a real question ("oui, et vous livrez en Belgique ?") says something.
        return words.All(StopWords.All.Contains)
            || words.All(w => w.All(char.IsAsciiDigit))
            || words.Length <= MaxReactionWords && ConfirmRecognizer.Recognize(text, language) is not null
            || SmallTalkRecognizer.Recognize(text) is not null;
    }

    /// <summary>
    /// True when <paramref name="text"/> reads as a question: a question mark, or a question word first ("comment ça
    /// marche", "how long does it take"). A question typed while a task waits is answered, not taken as the answer.
    /// </summary>
    public static bool IsQuestion(string? text) =>
        text is not null && (text.Contains('?', StringComparison.Ordinal) || TextNormalizer.Tokenize(text) is [var first, _, ..] && QuestionWords.Contains(first));

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "quel", "quelle", "quels", "quelles", "comment", "combien", "pourquoi", "quand", "ou", "quoi", "qu", "est", "peut", "peuvent", "faut",
        "what", "how", "why", "when", "where", "which", "who", "is", "are", "do", "does", "can", "could", "should",
    };

    /// <summary>A yes or a no longer than this carries more than a reaction.</summary>
    private const int MaxReactionWords = 4;
}
