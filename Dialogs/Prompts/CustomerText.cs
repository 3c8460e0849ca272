using System.Text;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Cleans what a customer typed before it is kept, written to the database or put in a calendar file: control
/// characters (NUL, escape, bell...; RFC 5545 forbids them in .ics text) are removed, line breaks and tabs become
/// spaces, invisible direction overrides (which can make a name read backwards) and unpaired surrogates are dropped.
/// </summary>
public static class CustomerText
{
    /// <summary><paramref name="text"/> without control characters, trimmed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\t' or '\n' or '\r' or '\v' or '\f' or 0x85 or 0x2028 or 0x2029)
            {
                clean.Append(' ');
            }
            else if (!Rune.IsControl(rune) && !IsDirectionOverride(rune) && !IsBrokenSurrogate(rune, text))
            {
                clean.Append(rune.ToString());
            }
        }

        return clean.ToString().Trim();
    }

    private static bool IsDirectionOverride(Rune rune) => rune.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    // EnumerateRunes turns an unpaired surrogate into U+FFFD; a U+FFFD the customer really typed is kept.
    private static bool IsBrokenSurrogate(Rune rune, string text) => rune == Rune.ReplacementChar && !text.Contains('\uFFFD', StringComparison.Ordinal);
}
