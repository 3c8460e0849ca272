namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Fuzzy comparison of an answer with one choice text, on normalized words with French and English stop words
/// removed. Pure and thread-safe.
/// </summary>
internal static class ChoiceTokenMatcher
{
    private const int StemLength = 5;
    private const double StemMatch = 0.8;

    /// <summary>A fuzzy match never scores as high as an exact one (1).</summary>
    private const double MaxFuzzyScore = 0.95;

    /// <summary>Content words of a text: normalized words minus stop words (all words when every one is a stop word).</summary>
    internal static string[] ContentWords(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var content = tokens.Where(t => !StopWords.All.Contains(t)).ToArray();
        return content.Length > 0 ? content : tokens;
    }

    /// <summary>
    /// Content words of an answer compared with one choice: a stop word the choice itself is made of stays. "pour
    /// dire merci" keeps "merci" against "Un merci" (a choice of stop words only), where a polite "merci" elsewhere
    /// is noise.
    /// </summary>
    internal static string[] ContentWords(string? text, string[] choice)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var content = tokens.Where(t => !StopWords.All.Contains(t) || choice.Contains(t, StringComparer.Ordinal)).ToArray();
        return content.Length > 0 ? content : tokens;
    }

    /// <summary>
    /// Score in [0, 0.95]: how much of the choice the answer mentions, weighted by how much of the answer is about
    /// that choice. "je voudrais réserver" against "Réserver une table" mentions half the choice ("reserver" of
    /// "reserver table") with nothing else: 0.5.
    /// </summary>
    internal static double Score(string[] answer, string[] choice)
    {
        if (answer.Length == 0 || choice.Length == 0)
        {
            return 0;
        }

        var choiceCoverage = choice.Sum(c => answer.Max(a => Similarity(a, c))) / choice.Length;
        var answerCoverage = answer.Count(a => choice.Any(c => Similarity(a, c) > 0)) / (double)answer.Length;
        return Math.Min(MaxFuzzyScore, choiceCoverage * (0.5 + (0.5 * answerCoverage)));
    }

    /// <summary>1 for the same word or its plural, 0.8 for a shared stem ("reservation"/"reserver"), 0 otherwise.</summary>
    internal static double Similarity(string a, string b)
    {
        if (a == b || Singular(a) == Singular(b))
        {
            return 1;
        }

        if (a.Length < StemLength || b.Length < StemLength || char.IsDigit(a[0]) || char.IsDigit(b[0]))
        {
            return 0;
        }

        return a.AsSpan().CommonPrefixLength(b) >= StemLength ? StemMatch : 0;
    }

    private static string Singular(string word) =>
        word.Length > 3 && (word.EndsWith('s') || word.EndsWith('x')) ? word[..^1] : word;
}
