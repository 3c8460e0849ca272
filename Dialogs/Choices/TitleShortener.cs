using System.Globalization;
using System.Text;

namespace Majordome.Dialogs.Choices;

/// <summary>Shortens a title to a platform limit at a word boundary, with an ellipsis, never inside a grapheme.</summary>
public static class TitleShortener
{
    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/> (trimmed, line breaks as spaces) if it fits in <paramref name="maxLength"/> characters, else shortened with "…".</summary>
    public static string Shorten(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        // Only ordinary spaces and line breaks are folded: no-break spaces ("4,50 €", "1 249") must stay.
        var flat = string.Join(' ', (text ?? string.Empty).Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var kept = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(flat);
        while (enumerator.MoveNext() && kept.Length + enumerator.GetTextElement().Length <= maxLength - Ellipsis.Length)
        {
            kept.Append(enumerator.GetTextElement());
        }

        // Cut at the last space when it keeps at least half the room: "Ajouter au…" rather than "Ajouter au pan…".
        var cut = kept.ToString();
        var space = cut.LastIndexOf(' ');
        if (space >= (maxLength - Ellipsis.Length) / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '-', '—', '.') + Ellipsis;
    }
}
