using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Knowledge;

/// <summary>Turns text into the terms retrieval compares: normalized, without stop words, stemmed.</summary>
public static class TextAnalyzer
{
    /// <summary>The stemmed terms of <paramref name="text"/> in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Terms(string? text, string language) =>
        Words(text, language).Select(w => w.Stem).ToList();

    /// <summary>Each meaningful word as written (normalized) and its stem; typos are matched on the written form.</summary>
    public static IReadOnlyList<(string Word, string Stem)> Words(string? text, string language) =>
        TextNormalizer.Tokenize(text)
            .Where(t => !Knowledge.StopWords.Contains(t, language) && (t.Length > 1 || char.IsDigit(t[0])))
            .Select(t => (t, LightStemmer.Stem(t, language)))
            .ToList();
}
