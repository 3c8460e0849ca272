namespace Majordome.Dialogs.Recognition;

/// <summary>Tells a message that says something from one that only reacts ("yes", "ok", "thanks", "hmm").</summary>
public static class MessageContent
{
    /// <summary>
    /// True when <paramref name="text"/> carries nothing to look up: a yes or a no, small talk, or only filler and
    /// function words. Such a message never reaches the FAQ's retrieval, which would find a confident wrong answer
    /// for "yes" as readily as for anything else.
    /// </summary>
    /// <param name="text">The customer's message.</param>
    /// <param name="language">The conversation's language.</param>
    public static bool IsEmpty(string? text, string language)
    {
        var words = TextNormalizer.Tokenize(text);

        // A yes or a no followed by a real question ("oui, et vous livrez en Belgique ?") says something.
        return words.All(StopWords.All.Contains)
            || words.Length <= MaxReactionWords && ConfirmRecognizer.Recognize(text, language) is not null
            || SmallTalkRecognizer.Recognize(text) is not null;
    }

    /// <summary>A yes or a no longer than this carries more than a reaction.</summary>
    private const int MaxReactionWords = 4;
}
