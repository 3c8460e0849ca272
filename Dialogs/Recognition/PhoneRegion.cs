namespace Majordome.Dialogs.Recognition;

/// <summary>
/// How a country writes its phone numbers nationally, for <see cref="PhoneRecognizer"/>'s default region: the
/// country calling code, the trunk prefix dialled before national numbers ("0" in France), and the national
/// significant number's length range.
/// </summary>
internal sealed record PhoneRegion(string CallingCode, string TrunkPrefix, int MinNationalDigits, int MaxNationalDigits)
{
    private static readonly Dictionary<string, PhoneRegion> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["FR"] = new("33", "0", 9, 9),
        ["BE"] = new("32", "0", 8, 9),
        ["CH"] = new("41", "0", 9, 9),
        ["GB"] = new("44", "0", 9, 10),
        ["US"] = new("1", string.Empty, 10, 10),
        ["CA"] = new("1", string.Empty, 10, 10),
    };

    /// <summary>The region with that ISO 3166 code, or null when Majordome does not know its national format.</summary>
    internal static PhoneRegion? Find(string? code) =>
        code is not null && Regions.TryGetValue(code, out var region) ? region : null;

    /// <summary>The region whose calling code starts <paramref name="digits"/> (an international number without "+").</summary>
    internal static PhoneRegion? ForInternational(string digits) =>
        Regions.Values.FirstOrDefault(r => digits.StartsWith(r.CallingCode, StringComparison.Ordinal));

    /// <summary>
    /// The E.164 form of a national number written with the trunk prefix ("0612345678" → "+33612345678"), or null when
    /// it has the wrong length or the national significant number starts with 0.
    /// </summary>
    internal string? FromNational(string digits)
    {
        if (!digits.StartsWith(TrunkPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        return FromSignificant(digits[TrunkPrefix.Length..]);
    }

    /// <summary>The E.164 form of a national significant number (the digits after the calling code), or null.</summary>
    internal string? FromSignificant(string significant) =>
        significant.Length >= MinNationalDigits && significant.Length <= MaxNationalDigits && significant[0] != '0'
            ? $"+{CallingCode}{significant}"
            : null;
}
