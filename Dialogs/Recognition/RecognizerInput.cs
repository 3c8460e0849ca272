using Majordome.Dialogs.Localization;
using Microsoft.Recognizers.Text;

namespace Majordome.Dialogs.Recognition;

/// <summary>Shared input rules of the recognizers built on Microsoft.Recognizers.Text.</summary>
internal static class RecognizerInput
{
    /// <summary>
    /// Longer answers are not analysed: nobody answers "which day?" with a page of text, and the library's French
    /// date-time model is superlinear on number-dense text (measured with 1.8.13, warm: about 0.45 s for 200
    /// characters of "1 a 2 b 3 …", 1 s for 500, 8 s for 1000).
    /// </summary>
    internal const int MaxLength = 250;

    /// <summary>The library culture for a language code ("fr", "en", "en-GB"...); anything else is French, the brand's language.</summary>
    internal static string CultureFor(string? language) =>
        Languages.FromLocale(language) == Languages.English ? Culture.English : Culture.French;

    /// <summary>The canonical text to analyse, or null when it is empty or longer than <see cref="MaxLength"/>.</summary>
    internal static string? Prepare(string? text)
    {
        var canonical = TextNormalizer.Canonicalize(text);
        return canonical.Length == 0 || canonical.Length > MaxLength ? null : canonical;
    }
}
