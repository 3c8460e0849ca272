using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// How a typed word matches a word of a product's name: the same, a plural ("pralines", "cups"), the start of it
/// ("decaf", "velour"), or one typo away ("cascde", "virtuoze"). Pure and thread-safe.
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

        // The start of a long word ("decaf", "velour"); shorter starts name too much ("more" is not "morning").
        if (typed.Length >= 5 && word.StartsWith(typed, StringComparison.Ordinal))
        {
            return true;
        }

        // One typo in a long word, the first letter kept: "cascde", "arpegio", but "prise" is not "brise".
        return word.Length >= 5 && typed.Length >= 4 && typed[0] == word[0] && EditDistance.AtMost(typed, word, 1);
    }
}
