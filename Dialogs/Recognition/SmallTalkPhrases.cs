namespace Majordome.Dialogs.Recognition;

/// <summary>The phrases of <see cref="SmallTalkRecognizer"/>, French and English, in normalized form (see <see cref="TextNormalizer.Tokenize"/>).</summary>
internal static class SmallTalkPhrases
{
    /// <summary>Normalized phrase → kind.</summary>
    internal static readonly IReadOnlyDictionary<string, SmallTalkKind> Phrases = Build();

    /// <summary>The longest phrase, in words.</summary>
    internal static readonly int MaxPhraseLength = Phrases.Keys.Max(p => p.Split(' ').Length);

    private static Dictionary<string, SmallTalkKind> Build()
    {
        var phrases = new Dictionary<string, SmallTalkKind>(StringComparer.Ordinal);
        Add(phrases, SmallTalkKind.Acknowledgement,
            "ok", "okay", "oki", "d accord", "daccord", "ca marche", "cool", "super", "genial", "top", "nickel", "parfait",
            "tres bien", "bien", "entendu", "compris", "c est note", "note", "je vois", "ah", "oh", "ah ok", "bon", "bref",
            "great", "perfect", "fine", "alright", "all right", "got it", "understood", "noted", "i see", "nice", "good",
            "awesome", "sounds good", "👍", "👌");
        Add(phrases, SmallTalkKind.Thanks,
            "merci", "merci beaucoup", "merci bien", "mille merci", "mille mercis", "merci infiniment", "je vous remercie",
            "je te remercie", "c est gentil", "c est sympa", "merci pour l info", "merci pour votre aide", "merci pour ton aide",
            "thanks", "thank you", "thanks a lot", "thank you very much", "thank you so much", "many thanks", "thx", "ty",
            "cheers", "thanks for your help", "thanks for the help", "thanks for the info", "much appreciated", "🙏");
        Add(phrases, SmallTalkKind.Goodbye,
            "au revoir", "aurevoir", "a bientot", "a plus", "a plus tard", "a la prochaine", "bonne journee", "bonne soiree",
            "bonne nuit", "bonne fin de journee", "bon week end", "ciao", "tchao", "adieu", "bye", "bye bye", "goodbye",
            "good bye", "see you", "see you soon", "see you later", "see ya", "have a nice day", "have a good day",
            "good night", "take care", "👋");
        Add(phrases, SmallTalkKind.AreYouABot,
            "tu es un robot", "vous etes un robot", "es tu un robot", "etes vous un robot", "t es un robot", "c est un robot",
            "tu es un bot", "vous etes un bot", "t es un bot", "c est un bot", "est ce un robot", "est ce un bot",
            "je parle a un robot", "je parle a un bot", "tu es humain", "vous etes humain", "es tu humain", "etes vous humain",
            "tu es une vraie personne", "vous etes une vraie personne", "c est une vraie personne", "tu es une ia",
            "vous etes une ia", "are you a bot", "are you a robot", "you re a bot", "you are a bot", "you re a robot",
            "you are a robot", "is this a bot", "is this a robot", "am i talking to a bot", "am i talking to a robot",
            "am i talking to a human", "am i talking to a real person", "are you human", "are you a human",
            "are you real", "are you a real person", "are you an ai", "is this a real person");
        Add(phrases, SmallTalkKind.HowAreYou,
            "ca va", "comment ca va", "comment allez vous", "tu vas bien", "vous allez bien", "comment vas tu", "ca roule",
            "how are you", "how are you doing", "how s it going", "how is it going", "how do you do", "you ok", "are you ok");
        return phrases;
    }

    private static void Add(Dictionary<string, SmallTalkKind> phrases, SmallTalkKind kind, params string[] entries)
    {
        foreach (var entry in entries)
        {
            phrases.Add(entry, kind);
        }
    }
}
