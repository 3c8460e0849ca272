using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Anticipation.Bookings;

/// <summary>
/// A typed answer to the tasting thanks' "how did you like it?": "c'était super !", "on a adoré", "really good", "bof",
/// "pas terrible", "a bit disappointing". Customers answer a question in words as often as with its buttons. Short
/// answers only, and a negation turns praise around ("pas super", "not great"). Pure and thread-safe.
/// </summary>
public static class BookingFeedbackWords
{
    // Normalized (see TextNormalizer): no accents, lower case.
    private static readonly HashSet<string> Praise = new(StringComparer.Ordinal)
    {
        "super", "genial", "geniale", "top", "excellent", "excellente", "parfait", "parfaite", "magnifique", "formidable",
        "adore", "adoree", "bien", "bon", "bonne", "sympa", "chouette", "delicieux", "extra", "merveilleux",
        "great", "loved", "love", "amazing", "wonderful", "perfect", "good", "nice", "lovely", "fantastic",
        "awesome", "enjoyed", "brilliant", "delicious", "fab", "fabulous",
    };

    private static readonly HashSet<string> Blame = new(StringComparer.Ordinal)
    {
        "bof", "decevant", "decevante", "decu", "decue", "decus", "nul", "nulle", "mauvais", "mauvaise", "moyen",
        "moyenne", "ennuyeux", "rate", "disappointing", "disappointed", "bad", "meh", "terrible", "awful", "boring",
        "poor", "mediocre", "horrible",
    };

    // Greetings and wishes built on the same words: "good morning", "bonne journée", "bon week-end", "have a nice day".
    private static readonly HashSet<string> Wishes = new(StringComparer.Ordinal)
    {
        "morning", "afternoon", "evening", "night", "day", "weekend", "week", "journee", "soiree", "matinee", "apres",
        "midi", "nuit", "end", "appetit", "courage", "chance", "luck", "continuation", "fetes", "annee", "year",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "pas", "not", "never", "jamais", "isn", "wasn", "didn", "n" };

    /// <summary>Longer messages say something else ("c'était super, et je voudrais réserver pour samedi").</summary>
    private const int MaxWords = 8;

    /// <summary>True for praise, false for blame, null when <paramref name="text"/> is not an answer of either kind.</summary>
    public static bool? Read(string? text)
    {
        // A question asks rather than answers ("c'était bien la dégustation de samedi ?").
        if (string.IsNullOrWhiteSpace(text) || text.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        var words = TextNormalizer.Tokenize(text);
        if (words.Length is 0 or > MaxWords || words.Any(Wishes.Contains))
        {
            return null;
        }

        var negated = words.Any(Negations.Contains);
        var praised = words.Any(Praise.Contains);
        var blamed = words.Any(Blame.Contains);
        return (praised, blamed) switch
        {
            (true, false) => !negated,

            // "pas terrible", "not bad": a blame word negated is lukewarm at best; "pas mauvais" is not praise either.
            (false, true) => false,
            _ => null,
        };
    }
}
