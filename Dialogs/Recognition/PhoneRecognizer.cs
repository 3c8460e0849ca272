using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// A phone number however it is written ("06 12 34 56 78", "06.12.34.56.78", "+33 (0)6 12 34 56 78",
/// "0033 6...", "+44 20 7946 0958"), returned in E.164 form ("+33612345678"). French national numbers
/// need ten digits starting 01 to 09; international ones 8 to 15 digits.
/// </summary>
public static partial class PhoneRecognizer
{
    /// <summary>The phone number in the text in E.164 form, or null.</summary>
    public static string? Recognize(string? text, string defaultRegion = "FR")
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return null;
        }

        foreach (Match match in Candidate().Matches(text))
        {
            if (Normalize(match.Value, defaultRegion) is { } number)
            {
                return number;
            }
        }

        return null;
    }

    private static string? Normalize(string raw, string defaultRegion)
    {
        // "+33 (0)6..." : the national trunk 0 written after the country code is not dialled.
        var cleaned = TrunkZero().Replace(raw.Trim(), string.Empty);
        var international = cleaned.StartsWith('+');
        var digits = new string(cleaned.Where(char.IsAsciiDigit).ToArray());
        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            digits = digits[2..];
        }

        if (international)
        {
            if (digits.StartsWith("33", StringComparison.Ordinal))
            {
                var national = digits[2..];
                return national.Length == 9 && national[0] is >= '1' and <= '9' ? "+" + digits : null;
            }

            return digits.Length is >= 8 and <= 15 && digits[0] != '0' ? "+" + digits : null;
        }

        if (string.Equals(defaultRegion, "FR", StringComparison.OrdinalIgnoreCase)
            && digits.Length == 10 && digits[0] == '0' && digits[1] is >= '1' and <= '9')
        {
            return "+33" + digits[1..];
        }

        return null;
    }

    [GeneratedRegex(@"\+?\d[\d\s().-]{6,22}\d")]
    private static partial Regex Candidate();

    [GeneratedRegex(@"(?<=\+\d{1,3}\s*)\(0\)")]
    private static partial Regex TrunkZero();
}
