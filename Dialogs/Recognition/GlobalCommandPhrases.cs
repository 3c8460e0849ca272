namespace Majordome.Dialogs.Recognition;

/// <summary>
/// The whole-message phrases of <see cref="GlobalCommandRecognizer"/>, in normalized form (lowercase, no accents,
/// apostrophes and punctuation as spaces), plus the politeness and lead-in words stripped before lookup.
/// </summary>
internal static class GlobalCommandPhrases
{
    /// <summary>Courtesy removed wherever it is: "annuler s'il vous plaît", "please cancel", "English please".</summary>
    internal static readonly IReadOnlyList<string[]> Politeness = Split(
        "s il vous plait", "s il te plait", "s il vous plais", "s il te plais", "stp", "svp", "merci", "merci beaucoup",
        "please", "pls", "plz", "thanks", "thank you", "thx");

    /// <summary>
    /// Openings removed from the start when something follows: "bonjour, un conseiller", "je veux annuler", "can I
    /// talk to a human", "non laissez tomber" (a refusal followed by the command is the command).
    /// </summary>
    internal static readonly IReadOnlyList<string[]> LeadIns = Split(
        "bonjour", "bonsoir", "salut", "hello", "hi", "hey", "euh", "heu", "alors",
        "non", "ah non", "oh non", "bon", "ben", "bah", "finalement", "en fait", "no", "oh no", "nah", "nope", "actually",
        "je veux", "je voudrais", "j aimerais", "je souhaite", "je souhaiterais", "on peut", "peut on", "puis je",
        "je peux", "est ce que je peux", "est ce qu on peut", "est ce que je pourrais", "je pourrais", "pourrais je",
        "i want to", "i wanna", "i d like to", "i would like to", "can i", "could i", "can we", "could we", "let me",
        "let s", "may i");

    /// <summary>Normalized phrase → command.</summary>
    internal static readonly IReadOnlyDictionary<string, GlobalCommandKind> Commands = Build();

    private static Dictionary<string, GlobalCommandKind> Build()
    {
        var commands = new Dictionary<string, GlobalCommandKind>(StringComparer.Ordinal);
        Add(commands, GlobalCommandKind.Help,
            "aide", "aide moi", "aidez moi", "a l aide", "au secours", "besoin d aide", "j ai besoin d aide",
            "je ne comprends pas", "je comprends pas", "j comprends pas", "je ne comprends rien", "je comprends rien",
            "que pouvez vous faire", "que peux tu faire", "qu est ce que tu peux faire", "qu est ce que vous pouvez faire",
            "tu sais faire quoi", "vous faites quoi", "comment ca marche", "help", "help me", "i need help",
            "i don t understand", "i do not understand", "what can you do", "what do you do", "how does this work",
            "how does it work", "sos");
        Add(commands, GlobalCommandKind.Cancel,
            "annuler", "annule", "annulez", "annulation", "annule tout", "stop", "stopper", "arrete", "arreter", "arretez",
            "arrete tout", "laisse tomber", "laissez tomber", "abandonner", "quitter", "cancel", "cancel that", "cancel it",
            "stop it", "forget it", "forget about it", "never mind", "nevermind", "quit", "exit", "abort");
        Add(commands, GlobalCommandKind.StartOver,
            "recommencer", "recommence", "recommencez", "on recommence", "recommencer a zero", "tout recommencer",
            "reprendre a zero", "on reprend a zero", "reprendre depuis le debut", "repartir de zero",
            "start over", "start again", "restart", "begin again", "start from the beginning", "reset");
        Add(commands, GlobalCommandKind.Back,
            "retour", "revenir", "reviens", "revenir en arriere", "retour en arriere", "en arriere", "precedent",
            "precedente", "question precedente", "etape precedente", "revenir a la question precedente", "back",
            "go back", "step back", "previous", "previous question", "previous step", "go to the previous question");
        Add(commands, GlobalCommandKind.Menu,
            "menu", "le menu", "menu principal", "retour au menu", "revenir au menu", "retour au menu principal",
            "accueil", "retour a l accueil", "page d accueil", "main menu", "home", "go home", "back to menu",
            "back to the menu", "go back to the menu", "back to the main menu", "show the menu", "show me the menu");
        Add(commands, GlobalCommandKind.SwitchToFrench,
            "francais", "en francais", "parle francais", "parlez francais", "parler francais", "parler en francais",
            "parlez vous francais", "tu parles francais", "passer en francais", "french", "in french", "speak french",
            "speak in french", "do you speak french", "switch to french", "french version");
        Add(commands, GlobalCommandKind.SwitchToEnglish,
            "anglais", "en anglais", "parle anglais", "parlez anglais", "parler anglais", "parler en anglais",
            "parlez vous anglais", "tu parles anglais", "passer en anglais", "english", "in english", "speak english",
            "speak in english", "do you speak english", "switch to english", "english version");
        Add(commands, GlobalCommandKind.Human,
            "humain", "un humain", "un vrai humain", "une vraie personne", "conseiller",
            "un conseiller", "une conseillere", "conseillere", "agent", "un agent", "operateur", "service client",
            "parler a quelqu un", "parler a un humain", "parler a un conseiller", "parler a une conseillere",
            "parler a une personne", "parler a un agent", "parler a une vraie personne", "human", "a human",
            "a real person", "real person", "someone", "an agent", "live agent", "human agent", "operator",
            "customer service", "talk to a person", "talk to a human", "talk to someone", "talk to an agent",
            "talk to a real person", "speak to a person", "speak to a human", "speak to someone", "speak to an agent",
            "speak with someone", "talk with someone");
        Add(commands, GlobalCommandKind.Greeting,
            "bonjour", "bonsoir", "salut", "coucou", "rebonjour", "re bonjour", "bonjour a vous", "hello", "hi", "hey", "hello there", "hi there",
            "hello again", "hi again", "hey again",
            "good morning", "good afternoon", "good evening");
        return commands;
    }

    private static void Add(Dictionary<string, GlobalCommandKind> commands, GlobalCommandKind kind, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            commands.Add(phrase, kind);
        }
    }

    private static string[][] Split(params string[] phrases) =>
        [.. phrases.Select(p => p.Split(' ')).OrderByDescending(p => p.Length)];
}
