using System.Globalization;
using System.Text;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Puts chat text in the form every recognizer compares: lower case, no accents, apostrophes and punctuation
/// turned into spaces, single spaces. "C’est ÇA !" becomes "c est ca".
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The normalized text; empty for null or blank input.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString().Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
    }

    /// <summary>The normalized words of the text.</summary>
    public static string[] Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when <paramref name="phrase"/> (normalized) occurs in <paramref name="normalized"/> on word boundaries.</summary>
    public static bool ContainsPhrase(string normalized, string phrase) =>
        $" {normalized} ".Contains($" {phrase} ", StringComparison.Ordinal);
}
