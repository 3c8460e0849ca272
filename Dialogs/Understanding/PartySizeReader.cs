using System.Globalization;
using System.Text.RegularExpressions;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Reads how many people a booking request is for, in French and English: a number of people ("pour 4", "3 pers",
/// "a party of 4", "we are 6", "on serait 5", "on vient à 2"), the customer and companions ("avec 3 amis" is 4,
/// "with my wife" is 2), a pair ("ma mère et moi", "my wife and I", "en couple") or the customer alone ("moi tout
/// seul", "just me"). An article is never a party size ("pour une dégustation"), and neither is a time ("pour 15h"),
/// a date ("pour le 4"), a street number, a price or a quantity of products ("pour 2 boîtes"). Pure and thread-safe.
/// </summary>
public static class PartySizeReader
{
    private const int MaxWords = 80;

    private static readonly string[] NumberWords =
    [
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "two", "three", "four", "five", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];

    private static readonly Dictionary<string, int> WordValues = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["one"] = 1, ["a"] = 1, ["an"] = 1,
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9,
        ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    // People counted by a noun: "4 personnes", "une personne", "2 ppl".
    private static readonly string[] PeopleNouns =
    [
        "personnes", "personne", "pers", "pax", "adultes", "adulte", "convives", "convive", "couverts", "couvert",
        "people", "persons", "person", "ppl", "guests", "guest", "adults", "adult",

        // Seats booked are people seated: "4 seats", "3 places" (not "place", a street: "2 place de la Bourse").
        "seats", "seat", "places", "perso",
    ];

    private static readonly string[] ChildNouns = ["enfants", "enfant", "bebes", "bebe", "ados", "kids", "kid", "children", "child", "babies", "baby"];

    // Companions who come with the customer: "avec 3 amis" is 4.
    private static readonly string[] CompanionNouns =
    [
        "amis", "amies", "ami", "amie", "copains", "copines", "copain", "copine", "collegues", "collegue", "personnes", "personne",
        "enfants", "enfant", "proches", "invites", "invitees", "clients", "cousins", "cousines",
        "friends", "friend", "colleagues", "colleague", "people", "persons", "person", "kids", "kid", "children", "child",
        "guests", "guest", "coworkers", "coworker", "clients", "client",
    ];

    // One person named by who they are to the customer: "avec ma mère", "my wife and I".
    private static readonly string[] Relatives =
    [
        "mari", "femme", "epouse", "epoux", "compagnon", "compagne", "conjoint", "conjointe", "copain", "copine", "ami", "amie",
        "mere", "maman", "pere", "papa", "soeur", "frere", "fils", "fille", "collegue", "fiance", "fiancee", "cousin", "cousine",
        "grand mere", "grand pere", "belle mere", "beau pere", "cheri", "cherie", "chef", "patron", "associe", "associee",
        "wife", "husband", "partner", "girlfriend", "boyfriend", "friend", "mother", "mom", "mum", "father", "dad", "sister",
        "brother", "son", "daughter", "colleague", "fiance", "fiancee", "cousin", "grandmother", "grandfather", "grandma",
        "grandpa", "boss", "coworker", "aunt", "uncle", "tante", "oncle", "belle soeur", "beau frere",
        "bf", "gf", "hubby", "step brother", "stepbrother", "step sister", "stepsister", "step mother", "stepmother",
        "step father", "stepfather", "mother in law", "father in law", "sister in law", "brother in law",
    ];

    // What a number followed by these words counts: a time, a price, a quantity, a duration, a street, a date.
    private const string NotPeople =
        @"(?= )(?! (?:h|heures?|hr|hrs|hours?|pm|am|a m|p m|o clock|boites?|box|boxes|capsules?|etuis?|sleeves?|tasses?|cafes?|coffees?|cups?|euros?|eur|e|€|dollars?|minutes?|min|mn|jours?|days?|nuits?|nights?|semaines?|weeks?|mois|months?|ans?|years?|rue|avenue|av|bd|boulevard|place|quai|street|st|road|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|et demie?|\d+) )";

    private static readonly string Number = @"(?<n>\d{1,2}|" + string.Join('|', NumberWords) + ")";
    private static readonly string NumberOrOne = @"(?<n>\d{1,2}|un|une|one|" + string.Join('|', NumberWords) + ")";

    // The readers, most explicit first; the first that reads something wins.
    private static readonly (Regex Pattern, int Extra)[] Readers =
    [
        // "2 adultes et 1 enfant", "2 adults and 2 kids": both counted (the second number in group m).
        (Rx(@" " + NumberOrOne + " " + Alternation(PeopleNouns) + " (?:et|and|\\+) " + NumberOrOne.Replace("<n>", "<m>", StringComparison.Ordinal) + " " + Alternation(ChildNouns) + " "), 0),

        // The customer and counted companions: "moi et 3 amies", "me and three colleagues", "me + 2 friends", "me n my 2 kids".
        (Rx(@" (?:moi|me|myself|i) (?:et|and|n|\+) (?:mes |my |nos |our )?" + NumberOrOne + " " + Alternation(CompanionNouns) + " "), 1),

        // The customer and companions: "avec 3 amis", "with my 2 kids", "w/ 3 friends", "avec une amie".
        (Rx(@" (?:avec|with|w) (?:mes |my |nos |our )?" + NumberOrOne + " " + Alternation(CompanionNouns) + " "), 1),

        // "4 personnes", "une personne", "3 pers", "a party of 4 people" (not "avec 3 personnes", read above).
        (Rx(@" " + NumberOrOne + " " + Alternation(PeopleNouns) + " "), 0),

        // What the customer says the party is: "nous serons 4", "on serait 5", "on vient à 2", "we'll be 3".
        (Rx(@" (?:nous|on) (?:sommes|serons|serions|sera|serait|est|etait|va etre|vas etre|allons etre|venons|vient|viendra|viendrons|viendrait|viendrions|arrive|arrivera|arrivons|arriverons)(?: a)? " + Number + NotPeople), 0),
        (Rx(@" (?:we are|we re|we will be|we ll be|we would be|we d be|we shall be|there are|there will be|there ll be|there would be) " + Number + NotPeople), 0),
        (Rx(@" (?:the |all )?" + Number + " of us "), 0),

        // A group: "un groupe de 6", "a party of 4", "a group of 8".
        (Rx(@" (?:groupe de|party of|group of|table of|famille de|family of) " + NumberOrOne + NotPeople), 0),

        // "pour nous quatre", "à nous 3", "we four".
        (Rx(@" nous " + Number + NotPeople), 0),

        // Both parents and the customer: "mes parents et moi", "me and my parents".
        (Rx(@" (?:(?:mes|my) parents (?:et|and) (?:moi|i|me|myself)|(?:moi|me|i) (?:et|and|n) (?:mes|my) parents) "), 3),

        // Two: "ma mère et moi", "moi et ma soeur", "my wife and I", "en couple", "nous deux", "the two of us".
        (Rx(@" (?:mon|ma|my) " + Alternation(Relatives) + " (?:et|and) (?:moi|i|me|myself) "), 2),
        (Rx(@" (?:moi|me|i) (?:et|and|n) (?:mon|ma|my) " + Alternation(Relatives) + " "), 2),
        (Rx(@" (?:en couple|en amoureux|nous deux|a nous deux|tous les deux|toutes les deux|both of us|as a couple|un couple|a couple|eux deux|elles deux) "), 2),

        // The customer with one person: "avec mon mari", "with my wife", "with a friend".
        (Rx(@" (?:avec|with|w) (?:mon|ma|my|a|an|one|un|une) " + Alternation(Relatives) + " "), 2),

        // Alone: "moi tout seul", "je serai seule", "just me", "alone".
        (Rx(@" (?:seul|seule|tout seul|toute seule|juste moi|rien que moi|que moi|moi seul|moi seule|just me|only me|just myself|alone|by myself|on my own|solo|single person|for myself|pour moi meme) "), 1),

        // "une table pour 2", "pour quatre", "table for two", "for one"; not "pour une dégustation", "pour 15h", "for 20 euros".
        (Rx(@" (?:table (?:pour|pr|de|for|a)|reservation (?:pour|pr|de|for)|booking for|pour|pr|for) (?<n>\d{1,2}|one|" + string.Join('|', NumberWords) + ")" + NotPeople), 0),
    ];

    /// <summary>Whether the normalized <paramref name="word"/> counts people ("personnes", "friends", "seats", "kids").</summary>
    internal static bool IsPeopleNoun(string word) =>
        PeopleNouns.Contains(word, StringComparer.Ordinal) || ChildNouns.Contains(word, StringComparer.Ordinal)
        || CompanionNouns.Contains(word, StringComparer.Ordinal);

    /// <summary>How many people <paramref name="text"/> says the booking is for, or null when it does not say.</summary>
    public static int? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // "20€" stays one word, so that a price is never read as people.
        // A party is said in a sentence: a pasted page is read no further than its first words.
        var words = TextNormalizer.Tokenize(text, keep: "€$£+");
        var normalized = " " + string.Join(' ', words.Length > MaxWords ? words[..MaxWords] : words) + " ";
        foreach (var (pattern, extra) in Readers)
        {
            if (Match(pattern, normalized) is not { Success: true } match)
            {
                continue;
            }

            if (!match.Groups["n"].Success)
            {
                return extra;
            }

            var count = Value(match.Groups["n"].Value) + (match.Groups["m"].Success ? Value(match.Groups["m"].Value) : 0) + extra;
            if (count > 0)
            {
                return count;
            }
        }

        // Last, the people named: "for me, Geneva and Wilda".
        return NamedPartyReader.Read(text);
    }

    // A reader that runs out of time (a starved machine, an odd message) reads nothing: a party not read is asked,
    // whereas an exception here would lose the customer's turn.
    private static Match? Match(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static int Value(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : WordValues.GetValueOrDefault(word);

    private static string Alternation(IEnumerable<string> words) =>
        "(?:" + string.Join('|', words.OrderByDescending(w => w.Length)) + ")";

    // The timeout guards against a pathological message, not a slow machine: a match takes microseconds, but at a load
    // of 40+ on two cores a thread was descheduled for more than the 500 ms this used to allow, and "on sera 12 à 13h"
    // lost its party ("il me faut un nombre") in a test run. Two seconds keeps the guard and tolerates the starving.
    private static Regex Rx(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
}
