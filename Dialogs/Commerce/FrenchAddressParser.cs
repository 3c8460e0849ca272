using System.Text.RegularExpressions;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Reads a French postal address typed in one message: "12 rue de la Roquette, 75011 Paris",
/// "12 rue de la roquette 75011 paris", "Appartement 3, 5 avenue Jean Jaurès 69007 Lyon". The postal code anchors
/// the split: the street is what comes before it, the city what comes after (or, for "…, Paris 75011", the last
/// comma-separated part before it). Pure and thread-safe; every pattern is linear, so any text is safe to parse.
/// </summary>
public static partial class FrenchAddressParser
{
    private const int NextWordWindow = 32;

    /// <summary>Parses <paramref name="text"/>; problems are checked in order: abroad, postal code, street, city.</summary>
    public static AddressParseResult Parse(string? text)
    {
        // A line break separates parts like a comma does: "12 rue X\n75011 Paris".
        var input = TextNormalizer.Canonicalize(text?.Replace("\r\n", ",").Replace('\n', ',').Replace('\r', ','));
        var frenchCode = PostalCode().Matches(input).LastOrDefault();
        if (ForeignAddress.IsLikely(text, frenchCode is not null))
        {
            return new AddressParseResult(AddressReason.Abroad, null, null, null);
        }

        var code = frenchCode ?? NearMiss(input);
        if (code is null)
        {
            return new AddressParseResult(AddressReason.MissingPostalCode, null, null, null);
        }

        var (street, city) = Split(input, code);
        var reason =
            !FrenchPostalCode.IsValid(code.Value) ? AddressReason.InvalidPostalCode
            : street is null ? AddressReason.MissingStreet
            : city is null ? AddressReason.MissingCity
            : AddressReason.Ok;
        return new AddressParseResult(reason, street, code.Value.ToUpperInvariant(), city);
    }

    // A number where the postal code should be, but of the wrong shape ("7501 Paris", "2A004 Ajaccio"): reported as
    // invalid rather than missing, so the customer is told to check it. A leading number, or one followed by a
    // street word, is a street number.
    private static Match? NearMiss(string input) =>
        WrongShapeCode().Matches(input).LastOrDefault(m => m.Index > 0 && !StreetWords.All.Contains(NextWord(input, m.Index + m.Length)));

    // Only a short window is looked at, so that a text full of numbers stays linear to parse.
    private static string NextWord(string input, int start) =>
        TextNormalizer.Tokenize(input.Substring(start, Math.Min(NextWordWindow, input.Length - start))).FirstOrDefault() ?? string.Empty;

    private static (string? Street, string? City) Split(string input, Match code)
    {
        var street = Clean(input[..code.Index]);
        var city = Clean(input[(code.Index + code.Length)..]);
        city = city is null ? null : Country().Replace(city, string.Empty);
        if (string.IsNullOrEmpty(city) && street is not null && street.LastIndexOf(',') is var comma and > 0)
        {
            // "12 rue de la Roquette, Paris 75011": the city came first.
            var before = street[(comma + 1)..].Trim();
            if (before.Any(char.IsLetter) && !before.Any(char.IsDigit))
            {
                (street, city) = (Clean(street[..comma]), before);
            }
        }

        return (
            street is not null && street.Any(char.IsLetter) ? street : null,
            !string.IsNullOrEmpty(city) && city.Any(char.IsLetter) ? CityName.Capitalize(city) : null);
    }

    // Commas get one space after and none before; separators left at either end go.
    private static string? Clean(string part)
    {
        var cleaned = Comma().Replace(part, ", ").Trim(' ', ',', ';', '-');
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"(?<!\d)\d{5}(?!\d)")]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"(?<![\d\p{L}])(?:\d{4}|\d{6,9}|2[AB]\d{3})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrongShapeCode();

    [GeneratedRegex(@"\s*,[\s,]*")]
    private static partial Regex Comma();

    [GeneratedRegex(@"(?:^|[\s,]+)france$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Country();
}
