namespace Majordome.Dialogs.Knowledge;

/// <summary>
/// A deliberately light stemmer for French and English chat: it removes plural and verb endings and the
/// common noun-forming suffixes, so that "livraison" and "livrer" share "livr", "remboursé" and
/// "remboursement" share "rembours", "delivered" and "delivery" share "deliver". Aggressive algorithms
/// (Porter, Snowball) over-conflate short product words; this keeps stems of at least four letters.
/// Input is already normalized (lower case, no accents).
/// </summary>
public static class LightStemmer
{
    private const int MinimumStem = 4;

    private static readonly string[] FrenchSuffixes =
    [
        "issements", "issement", "ements", "ement", "ations", "ation", "itions", "ition", "aisons", "aison", "ables", "able",
        "ages", "age", "euses", "euse", "eurs", "eur", "ives", "ive", "ifs", "if", "iez", "ons", "ent", "ait", "aient", "ees", "ee", "es", "er", "ez", "re", "e", "s", "x",
    ];

    private static readonly string[] EnglishSuffixes =
    [
        "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "y", "s",
    ];

    /// <summary>The stem of a normalized word in <paramref name="language"/> ("fr" or "en").</summary>
    public static string Stem(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= MinimumStem || word.Any(char.IsDigit))
        {
            return word;
        }

        // "ouvrir" changes its root: "ouvert", "ouverture" and "ouvrez" are one family ("vous ouvrez à quelle heure ?"
        // asks for the opening hours).
        if (language != Localization.Languages.English && word.StartsWith("ouvert", StringComparison.Ordinal))
        {
            return "ouvr";
        }

        var suffixes = language == Localization.Languages.English ? EnglishSuffixes : FrenchSuffixes;
        foreach (var suffix in suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinimumStem)
            {
                var stem = word[..^suffix.Length];
                return language == Localization.Languages.English && suffix is "ing" or "ings" or "ed" or "er" or "ers" ? Undouble(stem) : stem;
            }
        }

        return word;
    }

    // English doubles a final consonant before -ing, -ed and -er ("shipping", "stopped"): "shipp" is "ship", so
    // "do you ship" finds "shipping". Not l, s or z, whose double is part of the word ("fall", "miss", "buzz").
    private static string Undouble(string stem) =>
        stem.Length > MinimumStem && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'a' or 'e' or 'i' or 'o' or 'u')
            ? stem[..^1]
            : stem;
}
