using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// What in a message says "put this in my cart" whatever the classifier made of its other words: products of the
/// catalogue named with how many ("un étui de terra rosa", "could you add 2 ristrettos") or with a verb of taking
/// ("I'll take the Duo Creme", "je prends la Piccola"). The classifier learns the brand's sentences, and short
/// requests built around a product name it never saw in one lean wherever their few other words point: "one Eclat
/// please" to a person ("please"), "commande : 2 terra rossa" to an order's status, "est-ce que je peux avoir 5
/// étuis de solstice" to a question. The catalogue's names are explicit evidence, as a party size is for a table
/// (<see cref="BookingCue"/>). Pure and thread-safe.
/// </summary>
public static class ShopCue
{
    // Normalized forms (see TextNormalizer): no accents, lower case. Verbs of getting something, in the forms
    // customers write them: "je prends", "I'll get", "mettez-moi", "je peux avoir".
    private static readonly HashSet<string> TakingWords = new(StringComparer.Ordinal)
    {
        "buy", "buying", "purchase", "take", "get", "add", "order", "ordering", "want", "need", "like", "love", "send",
        "put", "grab", "acheter", "achete", "achat", "prendre", "prends", "prend", "prendrai", "prendrais", "prenez",
        "commander", "commande", "commandes", "ajouter", "ajoute", "ajoutez", "rajouter", "rajoute", "rajoutez",
        "mettre", "mets", "mettez", "met", "voudrais", "voudrait", "veux", "voulais", "aimerais", "souhaite",
        "souhaiterais", "faudrait", "faut", "envoyer", "envoyez", "avoir", "reprends", "reprendre",
    };

    // What speaks of an order already placed: such messages keep the classifier's choice ("où en est ma commande de
    // 2 granit ?"); so do those asking for a person (BookingCue.PersonWords: "I want to talk to someone about my
    // Piccola"), and "my order" / "ma commande" (BookingCue.Possessives before an order word).
    private static readonly HashSet<string> AfterOrderWords = new(StringComparer.Ordinal)
    {
        "where", "status", "track", "tracking", "delivered", "arrived", "arrive", "shipped", "parcel", "refund", "return",
        "cancel", "broken", "received", "suivi", "suivre", "livre", "livree", "arrivee", "expedie", "expediee", "colis",
        "rembourser", "remboursement", "retour", "retourner", "annuler", "annulez", "casse", "cassee", "recu", "recue",
        "panne", "works", "working",
    };

    // What wants to learn about a product rather than have it: "I'd like to know the price of the Piccola", "je
    // voudrais savoir si l'Éclat fait du lait".
    private static readonly HashSet<string> LearningWords = new(StringComparer.Ordinal)
    {
        "know", "info", "infos", "information", "informations", "details", "price", "prices", "cost", "costs", "compare",
        "difference", "explain", "review", "reviews", "tell", "savoir", "connaitre", "renseignement", "renseignements",
        "prix", "coute", "coutent", "comparer", "expliquer", "avis", "differences",
    };

    // What the classifier may have chosen that an explicit request for products overrules. A marketer's flow, a
    // booking asked for in words and the shop itself are left alone.
    private static readonly HashSet<string> Overruled = new(StringComparer.Ordinal)
    {
        Intents.Information, Intents.Human, Intents.Orders, Intents.None,
    };

    /// <summary>
    /// The shop when the classifier left the message out of scope, hesitated, or chose a question, a person, an
    /// order's status, or a table no word of the message asks for, and the message asks for products of the catalogue: one named with a quantity and no question
    /// ("how much are 2 sleeves of Granit?" stays a question), or one named with a verb of taking; never when it
    /// speaks of an order already placed, of a person, or of learning about the product ("I'd like to know the price"). Otherwise <paramref name="decision"/>.
    /// </summary>
    /// <param name="decision">What the classifier decided.</param>
    /// <param name="intentIds">The intents the model knows: a brand without the shop is left alone.</param>
    /// <param name="text">The customer's message.</param>
    /// <param name="entities">What was found in it.</param>
    public static IntentDecision Apply(IntentDecision decision, IReadOnlyList<string> intentIds, string? text, UnderstoodEntities entities)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(intentIds);
        ArgumentNullException.ThrowIfNull(entities);
        if (!intentIds.Contains(Intents.Shop) || entities.Items.Count == 0 || !MayOverrule(decision, text, entities))
        {
            return decision;
        }

        return AsksForProducts(text, entities) ? new IntentDecision(IntentDecisionKind.Confident, [Intents.Shop]) : decision;
    }

    /// <summary>Whether <paramref name="text"/> asks for the products it names, by its words alone.</summary>
    /// <param name="text">The customer's message.</param>
    /// <param name="entities">What was found in it.</param>
    public static bool AsksForProducts(string? text, UnderstoodEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var words = TextNormalizer.Tokenize(text);
        if (words.Length == 0 || entities.Items.Count == 0 || words.Any(AfterOrderWords.Contains) || words.Any(BookingCue.PersonWords.Contains)
            || words.Any(LearningWords.Contains) || SpeaksOfAnOrderPlaced(words))
        {
            return false;
        }

        var taking = HasTakingWord(words);
        var counted = entities.Items.Any(i => i.Quantity is not null);
        return taking || (counted && !MessageContent.IsQuestion(text));
    }

    /// <summary>Whether <paramref name="words"/> (normalized) hold a verb of getting something: "prends", "take", "voudrais".</summary>
    internal static bool HasTakingWord(string[] words) => words.Any(TakingWords.Contains);

    private static bool MayOverrule(IntentDecision decision, string? text, UnderstoodEntities entities) => decision.Kind switch
    {
        IntentDecisionKind.OutOfScope => true,
        IntentDecisionKind.Ambiguous => decision.Candidates.All(c => c == Intents.Shop || Overruled.Contains(c) || GuessedTable(c, text, entities)),
        IntentDecisionKind.Confident => Overruled.Contains(decision.Candidates[0]) || GuessedTable(decision.Candidates[0], text, entities),
        _ => false,
    };

    // "put me down for 2 granit and 2 sirocco": the classifier heard a booking's phrasing, but no word asks for a table
    // (no place, no tasting, no booking word, no party but the products' count). A table asked for, or a tasting named
    // at all ("2 étuis de granit pour la dégustation de samedi"), is never overruled.
    private static bool GuessedTable(string intent, string? text, UnderstoodEntities entities) =>
        intent == Intents.Book && !BookingCue.AsksForTable(text, entities) && !BookingCue.NamesAPlace(text)
        && entities.Items.Any(i => i.Quantity is not null);

    private static bool SpeaksOfAnOrderPlaced(string[] words)
    {
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (BookingCue.Possessives.Contains(words[i]) && words[i + 1] is "order" or "orders" or "commande" or "commandes")
            {
                return true;
            }
        }

        return false;
    }
}
