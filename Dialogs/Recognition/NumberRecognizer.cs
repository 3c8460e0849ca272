using System.Globalization;
using Majordome.Dialogs.Localization;
using Recognizers = Microsoft.Recognizers.Text.Number;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// A number in digits or words, in French or English ("4", "quatre", "four", "2,5" in French, "2.5" in English,
/// "pour 4 personnes"), through Microsoft.Recognizers.Text. Several different numbers are ambiguous: null.
/// </summary>
public static class NumberRecognizer
{
    /// <summary>The number in the text, or null when there is none or more than one.</summary>
    public static decimal? Recognize(string? text, string language)
    {
        var values = RecognizeAll(text, language);
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>Every distinct number in the text, in order.</summary>
    public static IReadOnlyList<decimal> RecognizeAll(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return [];
        }

        var results = Recognizers.NumberRecognizer.RecognizeNumber(text, RecognizerCulture.For(language));
        var values = new List<decimal>();
        foreach (var result in results)
        {
            if (result.Resolution?.TryGetValue("value", out var raw) == true && Parse(raw?.ToString(), language) is { } value && !values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>The ordinal in the text ("le deuxième", "the 3rd"), or null.</summary>
    public static int? RecognizeOrdinal(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return null;
        }

        var results = Recognizers.NumberRecognizer.RecognizeOrdinal(text, RecognizerCulture.For(language));
        var values = results
            .Select(r => r.Resolution?.TryGetValue("value", out var raw) == true ? Parse(raw?.ToString(), language) : null)
            .OfType<decimal>()
            .Distinct()
            .ToList();
        return values.Count == 1 && values[0] == decimal.Truncate(values[0]) && values[0] is > 0 and < 1000 ? (int)values[0] : null;
    }

    private static decimal? Parse(string? raw, string language)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // The library resolves values in invariant form ("2.5"); accept the language's form too, to be safe.
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var culture = CultureInfo.GetCultureInfo(language == Languages.English ? "en-US" : "fr-FR");
        return decimal.TryParse(raw, NumberStyles.Float, culture, out value) ? value : null;
    }
}
