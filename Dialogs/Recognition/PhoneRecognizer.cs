using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>Finds a phone number in an answer and writes it in E.164 form ("+33612345678"). Pure and thread-safe.</summary>
public static partial class PhoneRecognizer
{
    private const int MinInternationalDigits = 8;
    private const int MaxInternationalDigits = 15;
    private const int MaxTextLength = 1000;

    /// <summary>
    /// Extracts one phone number. National numbers are read in <paramref name="defaultRegion"/>'s format: for France
    /// "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78" or "0612345678" (ten digits, 01 to 09). International
    /// numbers start with "+" or "00": "+33 6 12 34 56 78", "0033612345678", "+33 (0)6 12 34 56 78",
    /// "+44 20 7946 0958", "+1 415 555 2671" (8 to 15 digits; French, Belgian, Swiss, British and North American
    /// ones are also checked against their national length). Digit groups may be separated by one space, dot or
    /// dash. The number may sit inside a sentence ("mon numéro : 06 12 34 56 78").
    /// </summary>
    /// <param name="text">The user's answer; longer than 1000 characters gives null.</param>
    /// <param name="defaultRegion">
    /// ISO 3166 code of the country of national numbers: FR (default), BE, CH, GB, US or CA. With another code
    /// only international numbers are recognized.
    /// </param>
    /// <returns>
    /// The number as "+" and digits, or null when there is none, when it is too short or too long, when letters are
    /// mixed with its digits, or when two different numbers are given.
    /// </returns>
    public static string? Recognize(string? text, string defaultRegion = "FR")
    {
        var canonical = TextNormalizer.Canonicalize(text);
        if (canonical.Length == 0 || canonical.Length > MaxTextLength)
        {
            return null;
        }

        // "+33 (0)6…": the (0) is the trunk prefix that international callers skip; other brackets are grouping.
        var prepared = TrunkInBrackets().Replace(canonical, " ").Replace('(', ' ').Replace(')', ' ');
        prepared = string.Join(' ', prepared.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var region = PhoneRegion.Find(defaultRegion);

        string? found = null;
        foreach (Match match in Candidate().Matches(prepared))
        {
            if (Normalize(match.Value, region) is not { } number)
            {
                continue;
            }

            if (found is not null && found != number)
            {
                return null;
            }

            found = number;
        }

        return found;
    }

    private static string? Normalize(string written, PhoneRegion? region)
    {
        var international = written.StartsWith('+') || written.StartsWith("00", StringComparison.Ordinal);
        var digits = string.Concat(written.Where(char.IsAsciiDigit));
        if (!international)
        {
            return region?.FromNational(digits);
        }

        digits = written.StartsWith('+') ? digits : digits[2..];
        if (digits.Length < MinInternationalDigits || digits.Length > MaxInternationalDigits || digits[0] == '0')
        {
            return null;
        }

        if (PhoneRegion.ForInternational(digits) is not { } known)
        {
            return "+" + digits;
        }

        // "+33 06 12 34 56 78": the trunk 0 written after the calling code is dropped.
        var significant = digits[known.CallingCode.Length..];
        if (known.TrunkPrefix.Length > 0 && significant.StartsWith(known.TrunkPrefix, StringComparison.Ordinal))
        {
            significant = significant[known.TrunkPrefix.Length..];
        }

        return known.FromSignificant(significant);
    }

    [GeneratedRegex(@"\(\s*0\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex TrunkInBrackets();

    // Digit groups joined by single separators, not glued to letters or other digits: "06 12 34 56 78", "+44 20 7946 0958".
    [GeneratedRegex(@"(?<![\p{L}\p{N}+])\+?[0-9]+(?:[ .\-][0-9]+)*(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
