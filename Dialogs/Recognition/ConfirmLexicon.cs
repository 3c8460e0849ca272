namespace Majordome.Dialogs.Recognition;

/// <summary>The yes, no and unsure phrases of <see cref="ConfirmRecognizer"/>, French and English, in normalized form.</summary>
internal static class ConfirmLexicon
{
    /// <summary>What a phrase says.</summary>
    internal enum Polarity
    {
        /// <summary>Agreement.</summary>
        Yes,

        /// <summary>Refusal.</summary>
        No,

        /// <summary>Hesitation ("peut-être", "maybe"): never an answer.</summary>
        Unsure,
    }

    /// <summary>Phrases that count only when they are the whole answer (a lone letter could start any sentence).</summary>
    internal static readonly IReadOnlySet<string> WholeAnswerOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "y", "n", "si", "k",
    };

    /// <summary>Words a speaker may put before the answer ("euh oui", "well, no").</summary>
    internal static readonly IReadOnlySet<string> Fillers = Collapsed(
        "euh", "heu", "hum", "hmm", "hm", "ben", "bah", "alors", "eh", "ah", "oh", "well", "um", "uh", "er", "so", "mmh");

    /// <summary>The plain yes and no words; only these, later in an answer, contradict its first phrase.</summary>
    internal static readonly IReadOnlySet<string> Outright = Collapsed(
        "oui", "ouais", "ouai", "yes", "yeah", "yep", "yup", "non", "nan", "nn", "no", "nope", "nah");

    /// <summary>Phrase (collapsed tokens joined by spaces) → polarity.</summary>
    internal static readonly IReadOnlyDictionary<string, Polarity> Phrases = Build();

    /// <summary>The longest phrase, in words.</summary>
    internal static readonly int MaxPhraseLength = Phrases.Keys.Max(p => p.Split(' ').Length);

    /// <summary>"ouiii" → "oui", "noooon" → "non", "accord" → "acord": elongated chat spellings match.</summary>
    internal static string Collapse(string token)
    {
        var chars = new char[token.Length];
        var length = 0;
        foreach (var c in token)
        {
            if (length == 0 || chars[length - 1] != c)
            {
                chars[length++] = c;
            }
        }

        return new string(chars, 0, length);
    }

    private static Dictionary<string, Polarity> Build()
    {
        var phrases = new Dictionary<string, Polarity>(StringComparer.Ordinal);
        Add(phrases, Polarity.Yes,
            "oui", "ouais", "ouai", "ouaip", "ouep", "ui", "d accord", "daccord", "dac", "d ac", "ok", "okay", "okey",
            "oki", "volontiers", "bien sur", "bien entendu", "carrement", "exactement", "exact", "c est ca", "c est bien ca",
            "c est bon", "c est parfait", "tout a fait", "absolument", "evidemment", "parfait", "avec plaisir",
            "super", "genial", "nickel", "impeccable", "tres bien", "ca me va", "ca me convient", "allons y", "on y va",
            "pas de souci", "pas de soucis", "pas de probleme", "sans probleme", "sans souci", "je confirme", "confirme",
            "affirmatif", "vas y", "allez y", "bien sur que oui", "je pense que oui", "je crois que oui", "si", "si si",
            "yes", "yep", "yeah", "yup", "yea", "ya", "sure", "of course", "correct", "absolutely", "certainly",
            "definitely", "indeed", "right", "that s right", "alright", "all right", "no problem", "no worries",
            "sounds good", "i think so", "go ahead", "confirmed", "y", "k", "perfect", "great", "sounds great",
            "sounds perfect", "that works", "works for me", "fine by me", "let s go", "let s do it", "book it", "👍", "👌", "✅", "✔", "☑");
        Add(phrases, Polarity.No,
            "non", "nan", "nn", "pas du tout", "surtout pas", "absolument pas", "certainement pas", "pas vraiment",
            "pas question", "jamais", "non merci", "negatif", "bien sur que non", "je pense que non", "je crois que non",
            "je ne pense pas", "je pense pas", "je crois pas", "pas maintenant", "pas pour l instant", "pas pour le moment",
            "no", "nope", "nah", "not really", "not at all", "no way", "no thanks", "no thank you", "never",
            "of course not", "certainly not", "definitely not", "absolutely not", "i don t think so", "not now", "n",
            "👎", "❌", "🚫");
        Add(phrases, Polarity.Unsure,
            "peut etre", "p e", "je sais pas", "je ne sais pas", "chais pas", "bof", "pourquoi pas", "on verra",
            "maybe", "perhaps", "not sure", "i don t know", "i dont know", "dunno", "why not", "possibly");
        return phrases;
    }

    private static void Add(Dictionary<string, Polarity> phrases, Polarity polarity, params string[] entries)
    {
        foreach (var entry in entries)
        {
            phrases[string.Join(' ', entry.Split(' ').Select(Collapse))] = polarity;
        }
    }

    private static HashSet<string> Collapsed(params string[] words) =>
        new(words.Select(Collapse), StringComparer.Ordinal);
}
