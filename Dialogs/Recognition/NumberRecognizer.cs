using System.Globalization;
using Microsoft.Recognizers.Text;
using LibraryNumberRecognizer = Microsoft.Recognizers.Text.Number.NumberRecognizer;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Reads one number from an answer, in French or English, with Microsoft.Recognizers.Text.Number. Pure and
/// thread-safe (the library's models are shared, immutable after construction).
/// </summary>
public static class NumberRecognizer
{
    private static readonly Lazy<IModel> French = new(() => new LibraryNumberRecognizer(Culture.French).GetNumberModel());
    private static readonly Lazy<IModel> English = new(() => new LibraryNumberRecognizer(Culture.English).GetNumberModel());

    // Corrections of the library's French model (1.8.13): "vingt-et-un" gave 20 and 1, "une demi-douzaine" gave 0.5,
    // "une dizaine" gave 1. Applied before recognition.
    private static readonly (string From, string To)[] FrenchFixes =
    [
        ("-et-", " et "),
        ("une demi-douzaine", "six"),
        ("une demi douzaine", "six"),
        ("une dizaine", "dix"),
    ];

    /// <summary>
    /// Reads the number in an answer: digits ("4", "2,5" in French, "2.5" in English, "1 000"), words ("quatre",
    /// "four", "vingt et un", "two and a half"), quantities ("une douzaine", "a dozen", "half a dozen") or a number in
    /// a sentence ("pour 4 personnes"). In French a comma is the decimal separator ("2,5" = 2.5); so is a lone dot
    /// before one or two digits ("2.5"). The same number written twice counts once.
    /// </summary>
    /// <param name="text">The user's answer; null, blank or longer than 250 characters gives null.</param>
    /// <param name="language">"fr" or "en" (a locale such as "fr-FR" works too); anything else is read as French.</param>
    /// <returns>
    /// The number, or null when there is none, when the answer holds several different numbers ("4 ou 5"), or when
    /// the value does not fit a decimal (about ±7.9e28). Ordinals ("the second") are not numbers here, and times
    /// such as "20h" or "8pm" are not read as numbers by the library.
    /// </returns>
    public static decimal? Recognize(string? text, string language)
    {
        var input = RecognizerInput.Prepare(text);
        if (input is null)
        {
            return null;
        }

        var culture = RecognizerInput.CultureFor(language);
        var model = culture == Culture.English ? English.Value : French.Value;
        if (culture == Culture.French)
        {
            input = ApplyFrenchFixes(input);
        }

        decimal? found = null;
        foreach (var result in model.Parse(input))
        {
            if (!TryReadValue(result, out var value) || (found is not null && found != value))
            {
                return null;
            }

            found = value;
        }

        return found;
    }

    /// <summary>Builds both languages' models (the first recognition otherwise pays for it).</summary>
    internal static void WarmUp()
    {
        _ = Recognize("quatre", Localization.Languages.French);
        _ = Recognize("four", Localization.Languages.English);
    }

    private static string ApplyFrenchFixes(string input)
    {
        foreach (var (from, to) in FrenchFixes)
        {
            input = input.Replace(from, to, StringComparison.OrdinalIgnoreCase);
        }

        return input;
    }

    // The library writes values in its culture's format: "2,5" in French, "2.5" in English, "1E+30" for powers.
    private static bool TryReadValue(ModelResult result, out decimal value)
    {
        value = 0;
        return result.Resolution is { } resolution
            && resolution.TryGetValue("value", out var raw)
            && raw is string text
            && decimal.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
