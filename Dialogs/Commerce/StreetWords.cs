namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Words that follow a street number (normalized: lower case, no accents). A number followed by one of them is a
/// street number ("1234 route de Lyon"), never a mistyped postal code.
/// </summary>
internal static class StreetWords
{
    /// <summary>Street types, their usual abbreviations, and the bis/ter suffixes of a street number.</summary>
    internal static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "rue", "r", "avenue", "av", "ave", "boulevard", "bd", "bld", "place", "pl", "chemin", "ch", "route", "rte",
        "allee", "allees", "impasse", "imp", "quai", "cours", "square", "sq", "passage", "sentier", "voie", "villa",
        "cite", "residence", "hameau", "lieu", "lotissement", "faubourg", "fbg", "esplanade", "parvis", "promenade",
        "mail", "ruelle", "traverse", "montee", "chaussee", "rond", "bis", "ter", "quater",
    };
}
