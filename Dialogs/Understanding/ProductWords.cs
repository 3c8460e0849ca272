using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// How a typed word matches a word of a product's name: the same, a plural ("pralines", "cups"), the start of it
/// ("decaf", "velour") or the whole of which it is the start ("decaffeinated"), or one typo away ("cascde", "virtuoze", "sirroco"). Pure and thread-safe.
/// </summary>
internal static class ProductWords
{
    /// <summary>
    /// Words of product names that say what kind of thing it is rather than which one ("un café", "a latte", "des
    /// tasses", "a cup pair"): alone they name no product; "Nuage", "frother", "Granit" or "décaféiné" do.
    /// </summary>
    internal static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "lait", "milk", "latte", "creme", "cafe", "coffee", "espresso", "cappuccino", "lungo",
        "tasse", "tasses", "cup", "cups", "verre", "verres", "glass", "glasses", "duo", "pair",
        "machine", "machines", "capsule", "capsules",
    };

    /// <summary>The words of a name that can identify it (three letters or more: "de", "à" do not).</summary>
    internal static string[] Distinctive(string name) =>
        TextNormalizer.Tokenize(name).Where(w => w.Length >= 3).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Whether the typed word <paramref name="typed"/> is the name's word <paramref name="word"/>, as customers type it.</summary>
    internal static bool Matches(string typed, string word)
    {
        if (typed == word || typed == word + "s" || typed == word + "x" || word == typed + "s")
        {
            return true;
        }

        // The start of a long word ("decaf", "velour"); shorter starts name too much ("more" is not "morning"). And the
        // long word said in full where the name keeps its start: "decaffeinated" for "Decaf".
        if ((typed.Length >= 5 && word.StartsWith(typed, StringComparison.Ordinal))
            || (word.Length >= 5 && typed.StartsWith(word, StringComparison.Ordinal)))
        {
            return true;
        }

        // One typo in a long word, the first letter kept: "cascde", "arpegio", but "prise" is not "brise". A doubled
        // letter put on the wrong one counts as that one typo: "sirroco" is "sirocco".
        return word.Length >= 5 && typed.Length >= 4 && typed[0] == word[0]
            && (EditDistance.AtMost(typed, word, 1) || (typed.Length >= 5 && Undoubled(typed) == Undoubled(word)));
    }

    /// <summary>The word with each run of one letter written once: "sirocco" and "sirroco" are both "siroco".</summary>
    private static string Undoubled(string word)
    {
        var letters = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (letters.Length == 0 || letters[^1] != c)
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }
}
