using System.Globalization;
using System.Text;

namespace Majordome.Dialogs.Bookings;

/// <summary>The RFC 5545 text rules: value escaping, UTC date-times, 75-octet line folding and CRLF line ends.</summary>
internal static class ICalendarText
{
    /// <summary>The longest content line, in UTF-8 octets, without its CRLF (RFC 5545 §3.1).</summary>
    public const int MaxLineOctets = 75;

    /// <summary>Escapes a TEXT value (§3.3.11): backslash first, so the escapes added next are not escaped again.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A DATE-TIME in UTC form (§3.3.5), "20261128T140000Z", which needs no VTIMEZONE.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Folds a content line into lines of at most 75 octets, each continuation starting with a space (which counts).
    /// Octets are counted in UTF-8 and a line is only cut between characters, so "é" or an emoji is never split.
    /// </summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxLineOctets)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        return folded.ToString();
    }

    /// <summary>Joins content lines, each folded and ended by CRLF as §3.1 requires (the last one included).</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(Fold(line)).Append("\r\n");
        }

        return text.ToString();
    }
}
