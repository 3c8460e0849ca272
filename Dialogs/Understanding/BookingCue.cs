using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// What in a message says "a table, please" whatever the classifier made of its other words: a party size ("for 6
/// people", "party of one"), a booking word with a place to sit or eat ("book a restaurant", "réserver un resto",
/// "2 seats"), or eating with a when or a who ("I want to eat by five pm", "on vient manger à 4"). Customers of a
/// brand with tasting tables write to its assistant as to any restaurant's; the classifier learns the brand's own
/// words, and names of other places ("Baker's Keyboard Lounge", "a creole tavern in Montenegro") pull it towards
/// "out of scope". These cues are explicit evidence, as the catalogue's products with a quantity are for an order.
/// Pure and thread-safe.
/// </summary>
public static class BookingCue
{
    // Normalized forms (see TextNormalizer): no accents, lower case.
    private static readonly HashSet<string> BookingWords = new(StringComparer.Ordinal)
    {
        "book", "booking", "bookings", "reserve", "reserved", "reservation", "reservations", "reserver", "reservez",
        "reservons", "reserverais", "reserverait", "resa", "resas",
    };

    // Somewhere to sit or eat, and the meals: what one books.
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "table", "tables", "seat", "seats", "seating", "spot", "places", "couverts", "restaurant", "restaurants", "resto", "restos",
        "restau", "bistro", "bistrot", "brasserie", "pub", "bar", "cafe", "cafeteria", "diner", "tavern", "taverna", "osteria",
        "trattoria", "pizzeria", "bakery", "joint", "gastropub", "steakhouse", "teahouse", "tearoom", "lunch", "dinner",
        "brunch", "breakfast", "meal", "dejeuner", "repas", "gouter",

        // What this brand seats people for.
        "tasting", "tastings", "degustation", "degustations", "degust",
    };

    // Two-word places, normalized: "tea house", "salon de thé", "food court".
    private static readonly string[] PlacePhrases = [" tea house ", " tea room ", " salon de the ", " food court "];

    private static readonly HashSet<string> EatingWords = new(StringComparer.Ordinal)
    {
        "eat", "dine", "manger", "diner", "dejeuner", "bruncher", "gouter",
    };

    // Going somewhere or taking part: "I'd like to go to a pizzeria", "on voudrait passer au salon de thé", "my mum and
    // I would love to do the tea tasting on Sunday".
    private static readonly HashSet<string> GoingWords = new(StringComparer.Ordinal)
    {
        "go", "visit", "aller", "venir", "passer", "come", "join", "do", "faire", "participer",

        // Taking someone somewhere: "I want to take my mom and I to the tea house", "emmener ma mère au salon de thé".
        "take", "bring", "emmener", "amener",
    };

    // What asks for a person of the team; without any of these, "take nine people to a diner" asks for a table even
    // when its "people" resembles the examples' "person".
    internal static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "person", "someone", "somebody", "human", "agent", "advisor", "adviser", "staff", "team", "talk", "speak", "call",
        "contact", "personne", "quelqu", "quelquun", "humain", "conseiller", "conseillere", "equipe", "parler", "appeler",
        "rappeler", "rappelez", "joindre", "vendeur", "vendeuse", "service",
    };

    // Reservation words that mean a booking on their own, unlike "book" (a book) or "table" (a coffee table).
    private static readonly HashSet<string> ReservationWords = new(StringComparer.Ordinal)
    {
        "reserve", "reservation", "reservations", "reserver", "reservez", "reservons", "reserverais", "reserverait", "resa", "resas",
    };

    // Other things people book, which this brand does not offer: "I want to book a hotel in Nice" is out of scope.
    private static readonly HashSet<string> OtherBookings = new(StringComparer.Ordinal)
    {
        "hotel", "hotels", "room", "rooms", "flight", "flights", "plane", "train", "trains", "taxi", "cab", "uber", "car",
        "ticket", "tickets", "concert", "cinema", "movie", "doctor", "dentist", "appointment", "haircut", "holiday",
        "vacation", "trip", "airbnb", "chambre", "chambres", "vol", "vols", "avion", "billet", "billets", "voiture",
        "medecin", "dentiste", "coiffeur", "vacances", "voyage", "gite",
    };

    // What may come before an imperative "book": "Book the Great House", "please book", "can you book", "I want to book".
    private static readonly HashSet<string> BeforeBookVerb = new(StringComparer.Ordinal) { "to", "please", "pls", "you", "and", "then", "lets" };

    // Flows a table request never overrules, even said outright: an order. A person asked for is kept unless the
    // words ask for a place and never for a person (see Apply).
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        Intents.Orders,
    };

    // What speaks of a booking already made: "cancel", "move", "ma réservation", "our booking".
    private static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
    {
        "cancel", "cancelled", "canceled", "cancelling", "canceling", "change", "move", "reschedule", "postpone", "modify",
        "annuler", "annule", "annulez", "annulation", "changer", "modifier", "deplacer", "decaler", "reporter",
    };

    internal static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "my", "our", "ma", "mon", "mes", "notre", "nos" };

    /// <summary>
    /// The classifier's <paramref name="decision"/>, or the booking when it left the message out of scope or hesitated
    /// with the booking among its candidates and the words ask for a table ("Please book me a restaurant", "I want
    /// to eat by five pm for six people"); or when it chose the shop or a question but the words ask for a place
    /// outright ("book a fast food restaurant", "go to the pub at ten pm with 4 friends"), or a booking already made
    /// whose words do not speak of one. Talking to a person and an order are kept, and so is a booking already made
    /// when the words say so: "cancel my booking for 4".
    /// </summary>
    /// <param name="decision">What the classifier decided.</param>
    /// <param name="intentIds">The intents the model knows: a brand without the booking flow is left alone.</param>
    /// <param name="text">The customer's message.</param>
    /// <param name="entities">What was found in it.</param>
    public static IntentDecision Apply(IntentDecision decision, IReadOnlyList<string> intentIds, string? text, UnderstoodEntities entities)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(intentIds);
        if (!intentIds.Contains(Intents.Book) || decision.Intent == Intents.Book || decision.Candidates.Any(Kept.Contains)
            || (decision.Candidates.Contains(Intents.MyBookings) && SpeaksOfABookingMade(TextNormalizer.Tokenize(text))))
        {
            return decision;
        }

        if (decision.Candidates.Contains(Intents.Human))
        {
            return AsksForPlace(text, entities) && !TextNormalizer.Tokenize(text).Any(PersonWords.Contains)
                ? new IntentDecision(IntentDecisionKind.Confident, [Intents.Book])
                : decision;
        }

        // "My bookings" chosen for words that speak of no booking made ("take me and my crew to the restaurant"): the
        // classifier heard a booking, so the table's looser cues decide, as when it hesitated.
        var undecided = decision.Kind == IntentDecisionKind.OutOfScope
            || (decision.Kind == IntentDecisionKind.Ambiguous && decision.Candidates.Contains(Intents.Book))
            || decision.Intent == Intents.MyBookings;
        var asks = undecided ? AsksForTable(text, entities) : AsksForPlace(text, entities);
        return asks ? new IntentDecision(IntentDecisionKind.Confident, [Intents.Book]) : decision;
    }

    /// <summary>Whether <paramref name="text"/> asks for a table by its words alone.</summary>
    /// <param name="text">The customer's message.</param>
    /// <param name="entities">What was found in it: a party size or a moment backs up eating words.</param>
    public static bool AsksForTable(string? text, UnderstoodEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // A number of people is a booking's own entity: the shop counts boxes, not people. "put me down for 2 granit"
        // counts products: the same number said for an item of the catalogue is not a party.
        var party = entities.PartySize ?? PartySizeReader.Read(text);
        if (party is not null && !CountsProducts(party.Value, entities))
        {
            return true;
        }

        var words = TextNormalizer.Tokenize(text);
        var place = HasPlace(words);
        if (place && words.Any(BookingWords.Contains))
        {
            return true;
        }

        // "I need reservations at Khedive Palace", "Book the Great House at Sonning": a reservation asked for, of a
        // place the brand does not know by that name, is a table here; "my reservation" is one already made.
        if (!SpeaksOfABookingMade(words) && !words.Any(OtherBookings.Contains)
            && (words.Any(ReservationWords.Contains) || StartsWithBookVerb(words)))
        {
            return true;
        }

        // "I want to eat by five pm", "let's eat near the station 17 seconds from now": eating somewhere at a time.
        // "I'd like to go to a pizzeria", "on peut passer au salon de thé": going to a place to sit.
        return (words.Any(EatingWords.Contains) && (place || entities.Moments is { Count: > 0 }))
            || (words.Any(GoingWords.Contains) && place);
    }

    /// <summary>
    /// Whether <paramref name="text"/> asks outright for a place to sit or eat: a booking word with a place ("book a
    /// fast food restaurant"), or a place with people or a time and a verb of going or eating ("I want to go to the
    /// popular pub at ten pm"). Stronger than <see cref="AsksForTable"/>: a party alone ("un coffret pour 2
    /// personnes") is a gift box in the shop.
    /// </summary>
    /// <param name="text">The customer's message.</param>
    /// <param name="entities">What was found in it: a party size or a moment backs up going or eating words.</param>
    public static bool AsksForPlace(string? text, UnderstoodEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var words = TextNormalizer.Tokenize(text);
        var going = words.Any(GoingWords.Contains) || words.Any(EatingWords.Contains);
        var who = entities.PartySize ?? PartySizeReader.Read(text);
        if (!HasPlace(words))
        {
            // "I'd like to go to the Venetian Theatre, party of seven": going somewhere with a number of people is a
            // table whatever the place is called; a gift box "for 2 people" goes nowhere.
            return going && who is not null;
        }

        if (words.Any(BookingWords.Contains))
        {
            return true;
        }

        var when = entities.Moments is { Count: > 0 };
        return going && (who is not null || when);
    }

    /// <summary>
    /// Whether <paramref name="text"/> names a booking outright: a booking word with a place to sit or a tasting ("book
    /// a coffee tasting as a gift for my dad", "réserver une table"). Stronger than a marketer's keyword ("gift").
    /// </summary>
    /// <param name="text">The customer's message.</param>
    public static bool NamesABooking(string? text)
    {
        var words = TextNormalizer.Tokenize(text);
        return words.Any(BookingWords.Contains) && HasPlace(words) && !SpeaksOfABookingMade(words);
    }

    private static bool CountsProducts(int party, UnderstoodEntities entities) =>
        entities.Items.Any(i => i.Quantity is { } quantity && quantity.Count == party);

    // "cancel my booking for 4", "je veux déplacer ma table": about a booking made, not a new one. "My mum and I would
    // love to do the tea tasting" is not (the classifier took it for one).
    private static bool SpeaksOfABookingMade(string[] words)
    {
        if (words.Any(ChangeWords.Contains))
        {
            return true;
        }

        for (var i = 0; i < words.Length - 1; i++)
        {
            if (Possessives.Contains(words[i]) && (BookingWords.Contains(words[i + 1]) || words[i + 1] is "table" or "tasting" or "degustation"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithBookVerb(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "book" && (i == 0 || BeforeBookVerb.Contains(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> names a place to sit or eat, or a tasting ("la dégustation de samedi").</summary>
    /// <param name="text">The customer's message.</param>
    public static bool NamesAPlace(string? text) => HasPlace(TextNormalizer.Tokenize(text));

    private static bool HasPlace(string[] words)
    {
        var padded = " " + string.Join(' ', words) + " ";
        return words.Any(IsPlaceWord) || PlacePhrases.Any(p => padded.Contains(p, StringComparison.Ordinal));
    }

    // "resturant", "restaurnt": one slip in a long place word is still that place.
    private static bool IsPlaceWord(string word) =>
        PlaceWords.Contains(word)
        || (word.Length >= 7 && PlaceWords.Any(p => p.Length >= 7 && EditDistance.AtMost(word, p, 1)));
}
