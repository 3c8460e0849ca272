using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The words that start Majordome's own conversations and commands. A flow keyword equal to one of them would take
/// the message before the built-in conversation does ("réserver" would no longer book a table), so the validator
/// refuses it.
/// </summary>
public static class BuiltInConversationWords
{
    // Normalized as flow keywords are compared (FlowCatalog.Normalize): lower case, no accents.
    private static readonly Dictionary<string, string> Conversations = Build();

    /// <summary>The built-in conversation or command <paramref name="keyword"/> already starts ("booking", "help"…), or null.</summary>
    public static string? ConversationOf(string keyword)
    {
        var normalized = FlowCatalog.Normalize(keyword);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (Conversations.TryGetValue(normalized, out var conversation))
        {
            return conversation;
        }

        return GlobalCommandPhrases.Commands.TryGetValue(normalized, out var command) ? NameOf(command) : null;
    }

    private static string NameOf(GlobalCommandKind command) => command switch
    {
        GlobalCommandKind.Help => "help",
        GlobalCommandKind.Cancel => "cancel",
        GlobalCommandKind.StartOver => "start over",
        GlobalCommandKind.Back => "back",
        GlobalCommandKind.Menu => "menu",
        GlobalCommandKind.SwitchToFrench or GlobalCommandKind.SwitchToEnglish => "language",
        GlobalCommandKind.Human => "human handoff",
        _ => "greeting",
    };

    private static Dictionary<string, string> Build()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(words, "booking", "réserver", "reserver", "réservation", "reservations", "réservations", "rendez-vous", "rdv", "table",
            "book", "booking", "bookings", "reserve", "reservation", "appointment", "book a table", "réserver une table");
        Add(words, "orders", "commande", "commandes", "ma commande", "mes commandes", "suivi de commande", "suivre ma commande",
            "order", "orders", "my order", "my orders", "track my order", "order status");
        Add(words, "shop", "acheter", "achat", "boutique en ligne", "panier", "mon panier", "buy", "shop", "shopping", "cart", "my cart", "basket");
        Add(words, "my bookings", "mes réservations", "ma réservation", "my bookings", "my booking", "annuler ma réservation", "cancel my booking");
        Add(words, "information", "horaires", "adresse", "faq", "livraison", "hours", "opening hours", "address", "delivery");
        return words;
    }

    private static void Add(Dictionary<string, string> words, string conversation, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            words.TryAdd(FlowCatalog.Normalize(phrase), conversation);
        }
    }
}
