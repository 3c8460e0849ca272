using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Positions a user may name instead of a choice: ordinals ("the second", "le deuxième", "la 2e", "2nd", "dernier")
/// and bare numbers ("2", "deux"), in French and English. Pure and thread-safe.
/// </summary>
internal static partial class ChoiceOrdinals
{
    private const int Last = -1;
    private const int BeforeLast = -2;

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["premier"] = 1, ["premiere"] = 1, ["second"] = 2, ["seconde"] = 2, ["deuxieme"] = 2,
        ["third"] = 3, ["troisieme"] = 3, ["fourth"] = 4, ["quatrieme"] = 4, ["fifth"] = 5, ["cinquieme"] = 5,
        ["sixth"] = 6, ["sixieme"] = 6, ["seventh"] = 7, ["septieme"] = 7, ["eighth"] = 8, ["huitieme"] = 8,
        ["ninth"] = 9, ["neuvieme"] = 9, ["tenth"] = 10, ["dixieme"] = 10,
        ["last"] = Last, ["dernier"] = Last, ["derniere"] = Last,
        ["penultimate"] = BeforeLast, ["avant dernier"] = BeforeLast, ["avant derniere"] = BeforeLast,
        ["second to last"] = BeforeLast, ["second last"] = BeforeLast,
    };

    private static readonly Dictionary<string, int> Cardinals = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["one"] = 1, ["deux"] = 2, ["two"] = 2, ["trois"] = 3, ["three"] = 3,
        ["quatre"] = 4, ["four"] = 4, ["cinq"] = 5, ["five"] = 5, ["six"] = 6, ["sept"] = 7, ["seven"] = 7,
        ["huit"] = 8, ["eight"] = 8, ["neuf"] = 9, ["nine"] = 9, ["dix"] = 10, ["ten"] = 10,
    };

    // Words that may surround a position: "the second one", "je prends la 2e option", "numéro 2", "option 2 please".
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "le", "la", "l", "the", "one", "celui", "celle", "ci", "option", "choix", "choice", "number", "numero",
        "num", "no", "n", "nr", "item", "reponse", "answer", "proposition", "je", "j", "prends", "prendrai", "veux",
        "voudrais", "choisis", "i", "ll", "take", "want", "choose", "pick", "please", "stp", "svp", "merci", "thanks",
        "plutot", "euh", "alors", "go", "for", "with", "avec",
    };

    /// <summary>
    /// The 0-based index the answer names by position, or null when it is not only a position or names one outside
    /// the list. "2nd", "la 2e", "le deuxième" and "the last one" are ordinals; "2", "deux" and "option 2" are numbers
    /// (1-based, as shown to the user).
    /// </summary>
    internal static int? IndexFrom(string[] tokens, int count)
    {
        var words = tokens.Where(t => !Fillers.Contains(t)).ToArray();
        if (words.Length == 0)
        {
            // "one", "la une", "the one"? Only a lone "one"/"une"/"un" names the first.
            return tokens.Length == 1 && Cardinals.TryGetValue(tokens[0], out var lone) ? ToIndex(lone, count) : null;
        }

        var phrase = string.Join(' ', words);
        if (Ordinals.TryGetValue(phrase, out var position) || Cardinals.TryGetValue(phrase, out position))
        {
            return ToIndex(position, count);
        }

        var match = NumberPattern().Match(phrase);
        return match.Success && int.TryParse(match.Groups["n"].ValueSpan, out position) ? ToIndex(position, count) : null;
    }

    private static int? ToIndex(int position, int count)
    {
        var index = position switch
        {
            Last => count - 1,
            BeforeLast => count - 2,
            _ => position - 1,
        };
        return index >= 0 && index < count ? index : null;
    }

    // "2", "2e", "2eme", "2nd", "1er", "1ere", "1re", "3rd", "4th" (accents are already gone).
    [GeneratedRegex(@"^(?<n>\d{1,3})(?:st|nd|rd|th|e|eme|er|ere|re|nde)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
