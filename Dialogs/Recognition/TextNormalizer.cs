using System.Globalization;
using System.Text;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// The one text normalization every recognizer shares, so that "Oui !", "OUI" and "oui" (or "réserver" and
/// "reserver", or a typographic ’ and a plain ') are the same answer. Pure and thread-safe.
/// </summary>
internal static class TextNormalizer
{
    private const char Apostrophe = '\'';

    /// <summary>
    /// Lossless clean-up for recognizers that must keep case and accents (email, phone, the Microsoft recognizers):
    /// Unicode compatibility form (full-width digits, ligatures, non-breaking spaces become ordinary ones), every
    /// apostrophe-like mark becomes ', invisible format characters go, whitespace is collapsed and trimmed.
    /// Lone surrogates (invalid UTF-16) become U+FFFD instead of throwing. Null gives "".
    /// </summary>
    internal static string Canonicalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var composed = ReplaceLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(IsApostrophe(c) ? Apostrophe : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Matching form: <see cref="Canonicalize"/>, then lowercase, diacritics removed (é → e, œ → oe), punctuation and
    /// symbols turned into spaces (except the characters in <paramref name="keep"/>; an apostrophe is a word break
    /// unless kept), each emoji kept as a word of its own (skin tones dropped), whitespace collapsed.
    /// </summary>
    /// <example>"D’accord !!" → "d accord"; "Avez-vous ?" with keep "-" → "avez-vous"; "oui👍🏽" → "oui 👍".</example>
    internal static string Normalize(string? text, string keep = "")
    {
        var canonical = Canonicalize(text);
        if (canonical.Length == 0)
        {
            return canonical;
        }

        var builder = new StringBuilder(canonical.Length + 8);
        foreach (var rune in RemoveDiacritics(canonical.ToLowerInvariant()).EnumerateRunes())
        {
            AppendNormalized(builder, rune, keep);
        }

        return CollapseSpaces(builder.ToString());
    }

    /// <summary>The words of <see cref="Normalize"/>'s result.</summary>
    internal static string[] Tokenize(string? text, string keep = "") =>
        Normalize(text, keep).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Removes accents and other combining marks ("Réservé" → "Reserve", "cœur" → "coeur").</summary>
    internal static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ': builder.Append("oe"); break;
                case 'Œ': builder.Append("OE"); break;
                case 'æ': builder.Append("ae"); break;
                case 'Æ': builder.Append("AE"); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static void AppendNormalized(StringBuilder builder, Rune rune, string keep)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (Rune.IsLetterOrDigit(rune) || (rune.IsBmp && keep.Contains((char)rune.Value, StringComparison.Ordinal)))
        {
            builder.Append(rune.ToString());
        }
        else if (category == UnicodeCategory.ModifierSymbol && rune.Value >= 0x1F3FB && rune.Value <= 0x1F3FF)
        {
            // Emoji skin tone: 👍🏽 is 👍.
        }
        else if (category == UnicodeCategory.OtherSymbol && rune.Value >= 0x2000)
        {
            builder.Append(' ').Append(rune.ToString()).Append(' ');
        }
        else
        {
            builder.Append(' ');
        }
    }

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' or '\u2032';

    private static string ReplaceLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired)
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }
}
