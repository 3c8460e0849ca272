using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Tells an address abroad from a French one with something missing, so that "10 Downing Street, London SW1A 2AA"
/// is told that delivery is France-only instead of being asked for a postal code it already has. Signs: a British
/// postcode where no French one is, or a country other than France as the last part ("…, Germany").
/// Deliberately narrow: a French address that merely mentions a foreign name ("4 quai de Southampton") is not one.
/// </summary>
public static partial class ForeignAddress
{
    /// <summary>True when <paramref name="text"/> reads as an address outside France.</summary>
    /// <param name="text">The address as typed.</param>
    /// <param name="hasFrenchPostalCode">Whether a five-digit code was found: then only a named country counts.</param>
    public static bool IsLikely(string? text, bool hasFrenchPostalCode)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var flat = text.Replace('\r', ',').Replace('\n', ',').Trim().TrimEnd('.', ' ');
        return Country().IsMatch(flat) || (!hasFrenchPostalCode && BritishPostcode().IsMatch(flat));
    }

    // Outward code (SW1A, EC1A, M1, B33) then inward code (2AA): the shape Royal Mail documents.
    [GeneratedRegex(@"(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BritishPostcode();

    // The countries customers of a French brand are likeliest to type, in English and French, as the last part.
    [GeneratedRegex(@",\s*(?:the\s+)?(?:uk|u\.k|united kingdom|great britain|england|scotland|wales|northern ireland|royaume-uni|royaume uni|angleterre|écosse|pays de galles|usa|u\.s\.a|us|united states|états-unis|etats-unis|canada|belgium|belgique|switzerland|suisse|germany|allemagne|deutschland|spain|espagne|españa|italy|italie|italia|portugal|netherlands|pays-bas|ireland|irlande|luxembourg|monaco|andorra|andorre)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Country();
}
