namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Recognizes a global command only when it is the whole message (politeness and "I want to" aside), so that
/// an answer merely containing "retour" or "stop" is not hijacked: "English please" and "je veux parler à un
/// conseiller" are commands, "Marie Retour" is a name.
/// </summary>
public static class GlobalCommandRecognizer
{
    private static readonly string[] Fillers =
    [
        "je veux", "je voudrais", "j aimerais", "je souhaite", "puis je", "on peut", "est ce qu on peut", "pouvez vous", "peux tu",
        "i want to", "i d like to", "i would like to", "i want", "i d like", "can i", "can we", "could i", "let me", "let s", "lets",
    ];

    private static readonly string[] Politeness =
    [
        "s il vous plait", "s il te plait", "svp", "stp", "merci", "please", "pls", "plz", "thanks", "thank you", "ok", "d accord",
    ];

    private static readonly Dictionary<string, GlobalCommandKind> Commands = Build(new()
    {
        [GlobalCommandKind.Help] =
        [
            "help", "aide", "a l aide", "au secours", "sos", "je ne comprends pas", "je comprends pas", "i don t understand", "i dont understand",
            "what can you do", "que pouvez vous faire", "que peux tu faire", "tu sers a quoi", "comment ca marche", "how does it work", "help me", "aidez moi", "aide moi",
        ],
        [GlobalCommandKind.Cancel] =
        [
            "cancel", "annuler", "annule", "annulez", "stop", "arrete", "arreter", "arretez", "laisse tomber", "laissez tomber",
            "forget it", "never mind", "nevermind", "quit", "abandonner", "cancel that", "annule ca",
        ],
        [GlobalCommandKind.StartOver] =
        [
            "start over", "restart", "start again", "recommencer", "recommence", "on recommence", "reprendre a zero", "tout recommencer", "reset",
            "recommencer depuis le debut", "start from the beginning",
        ],
        [GlobalCommandKind.Back] =
        [
            "back", "go back", "retour", "revenir", "revenir en arriere", "en arriere", "retour en arriere", "precedent", "question precedente",
            "previous", "previous question", "go back to the previous question", "revenir a la question precedente",
        ],
        [GlobalCommandKind.Menu] =
        [
            "menu", "main menu", "menu principal", "accueil", "home", "retour au menu", "back to menu", "back to the menu", "le menu", "show the menu",
        ],
        [GlobalCommandKind.SwitchToEnglish] =
        [
            "english", "in english", "speak english", "en anglais", "anglais", "parle anglais", "parlez anglais", "switch to english", "english version",
        ],
        [GlobalCommandKind.SwitchToFrench] =
        [
            "francais", "en francais", "french", "in french", "speak french", "parle francais", "parlez francais", "switch to french", "version francaise",
        ],
        [GlobalCommandKind.Human] =
        [
            "human", "humain", "agent", "a human", "a person", "person", "real person", "talk to a person", "talk to a human", "speak to a person",
            "speak to someone", "talk to someone", "speak to a human", "un humain", "une personne", "un conseiller", "une conseillere", "conseiller",
            "parler a quelqu un", "parler a un humain", "parler a un conseiller", "parler a une personne", "service client", "customer service",
            "operator", "operateur", "talk to an agent", "speak to an agent",
        ],
        [GlobalCommandKind.Greeting] =
        [
            "bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "good morning", "good afternoon", "good evening", "hello there", "hi there",
            "bonjour a vous", "rebonjour", "re",
        ],
    });

    /// <summary>The command the whole message gives, or null when it is not a command.</summary>
    public static GlobalCommandKind? Recognize(string? text)
    {
        if (text?.Trim() == "?")
        {
            return GlobalCommandKind.Help;
        }

        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || normalized.Length > 80)
        {
            return null;
        }

        var stripped = Strip(normalized);
        return Commands.TryGetValue(stripped, out var kind) ? kind : null;
    }

    private static string Strip(string normalized)
    {
        var text = $" {normalized} ";
        foreach (var word in Politeness)
        {
            text = text.Replace($" {word} ", " ", StringComparison.Ordinal);
        }

        text = text.Trim();
        foreach (var filler in Fillers)
        {
            if (text.StartsWith(filler + " ", StringComparison.Ordinal))
            {
                text = text[(filler.Length + 1)..];
                break;
            }
        }

        return text.Trim();
    }

    private static Dictionary<string, GlobalCommandKind> Build(Dictionary<GlobalCommandKind, string[]> phrases) =>
        phrases.SelectMany(p => p.Value.Select(v => (Phrase: v, Kind: p.Key)))
            .ToDictionary(x => x.Phrase, x => x.Kind, StringComparer.Ordinal);
}
