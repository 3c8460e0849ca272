using static Majordome.Dialogs.Recognition.ConfirmLexicon;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Recognizes a yes or a no, in French or English, in a confirmation answer (our replacement for
/// Microsoft.Recognizers.Text.Choice's boolean model, which the package mirror does not serve). Pure and thread-safe.
/// </summary>
public static class ConfirmRecognizer
{
    /// <summary>
    /// Reads a confirmation answer. Case, accents, punctuation and elongated spellings ("ouiii", "noooon") do not
    /// matter; the answer must be a yes/no phrase or start with one ("oui merci", "no thanks, I'm fine"), optionally
    /// after a filler ("euh oui"). Words of both languages are understood whatever <paramref name="language"/> is,
    /// since a French speaker may type "ok" or "yes".
    /// </summary>
    /// <param name="text">The user's answer; null or blank gives null.</param>
    /// <param name="language">The conversation's language ("fr" or "en"); accepted for symmetry with the other recognizers.</param>
    /// <returns>
    /// True for yes, false for no, null when there is no yes/no phrase at the start, when the answer also contains
    /// the opposite or a hesitation ("oui non", "oui peut-être"), or when it is only a hesitation ("maybe").
    /// A lone letter ("y", "n") counts only as the whole answer.
    /// </returns>
    public static bool? Recognize(string? text, string language)
    {
        var tokens = TextNormalizer.Tokenize(text).Select(Collapse).ToArray();
        var start = 0;
        while (start < tokens.Length && Fillers.Contains(tokens[start]))
        {
            start++;
        }

        var (leading, length) = LongestPhraseAt(tokens, start, allowWholeAnswerOnly: true);
        if (leading is null || leading == Polarity.Unsure)
        {
            return null;
        }

        var wholeAnswer = start + length == tokens.Length;
        if (!wholeAnswer && WholeAnswerOnly.Contains(string.Join(' ', tokens, start, length)))
        {
            return null;
        }

        for (var i = start + length; i < tokens.Length;)
        {
            var (other, otherLength) = LongestPhraseAt(tokens, i, allowWholeAnswerOnly: false);
            if (other is not null && other != leading && (other == Polarity.Unsure || IsOutright(tokens, i, otherLength)))
            {
                return null;
            }

            i += Math.Max(otherLength, 1);
        }

        return leading == Polarity.Yes;
    }

    // Only an outright "oui"/"non" later in the answer contradicts it: "non c'est bon merci" is still a no.
    private static bool IsOutright(string[] tokens, int start, int length) =>
        length == 1 && Outright.Contains(tokens[start]);

    private static (Polarity? Polarity, int Length) LongestPhraseAt(string[] tokens, int start, bool allowWholeAnswerOnly) =>
        PhraseTable.LongestAt(tokens, start, Phrases, MaxPhraseLength, allowWholeAnswerOnly ? null : candidate => !WholeAnswerOnly.Contains(candidate));
}
