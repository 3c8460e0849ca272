namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Evidence for French or English in short chat messages: words (normalized, without accents) with a weight, 2 for
/// words that alone give the language away ("bonjour", "thanks"), 1 for common function words. Words both languages
/// use ("ok", "menu", "table", "capsules", "a", "on") are deliberately absent.
/// </summary>
internal static class LanguageLexicon
{
    internal static readonly IReadOnlyDictionary<string, double> French = Weighted(
        strong: ["bonjour", "bonsoir", "salut", "coucou", "merci", "oui", "ouais", "voudrais", "voudrions", "aimerais",
            "pouvez", "avez", "voulez", "etes", "est-ce", "pourquoi", "combien", "comment", "quand", "quel", "quelle",
            "quels", "quelles", "svp", "stp", "beaucoup", "aujourd", "demain", "souhaite", "reserver",
            "acheter", "commander", "livraison", "magasin", "horaires", "cadeau", "besoin", "aide", "francais", "anglais"],
        weak: ["je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "le", "la", "les", "un", "une", "des",
            "de", "du", "au", "aux", "et", "ou", "est", "sont", "suis", "es", "ai", "as", "ce", "cette", "ces",
            "qu", "que", "qui", "quoi", "mon", "ma", "mes", "ton", "ta", "tes", "votre", "vos", "notre", "nos", "avec",
            "sans", "pour", "par", "sur", "dans", "chez", "pas", "ne", "en", "non", "nan", "bien", "tres", "veux",
            "peux", "puis", "faire", "fait", "y", "ca", "cafe", "prix", "ouvert", "ferme", "carte", "rien", "tout"]);

    internal static readonly IReadOnlyDictionary<string, double> English = Weighted(
        strong: ["hello", "hi", "hey", "thanks", "thank", "thx", "please", "yes", "yeah", "yep", "what", "where", "when", "why",
            "how", "which", "would", "could", "should", "the", "english", "french", "shop", "store", "buy", "order",
            "book", "booking", "delivery", "morning", "afternoon", "evening", "tonight", "tomorrow", "today"],
        weak: ["i", "you", "your", "he", "she", "we", "they", "it", "my", "our", "their", "is", "are", "am", "was", "be",
            "and", "or", "an", "of", "to", "for", "with", "from", "in", "at", "there", "here", "this", "that", "these",
            "those", "do", "does", "did", "have", "has", "can", "will", "want", "like", "need", "get", "some", "any",
            "not", "no", "nope", "who", "open", "price", "help", "good", "speak", "much", "many", "about", "just"]);

    /// <summary>Spellings with an apostrophe or a hyphen that only one language has: "qu'", "avez-vous" vs "I'm", "don't".</summary>
    internal static readonly IReadOnlyList<(string Suffix, string Language)> Endings =
    [
        ("-vous", "fr"), ("-tu", "fr"), ("-il", "fr"), ("-elle", "fr"), ("-je", "fr"), ("-on", "fr"), ("-moi", "fr"),
        ("n't", "en"), ("'m", "en"), ("'re", "en"), ("'ll", "en"), ("'ve", "en"), ("'d", "en"),
    ];

    /// <summary>Word starts only French elides: "j'", "l'", "qu'", "c'", "d'", "n'", "s'", "m'", "t'".</summary>
    internal static readonly IReadOnlyList<string> FrenchElisions = ["j'", "l'", "qu'", "c'", "d'", "n'", "s'", "m'", "t'"];

    /// <summary>Letters with accents that French uses and English words practically never do.</summary>
    internal const string FrenchAccents = "éèêëàâçîïôûùœ";

    private static Dictionary<string, double> Weighted(string[] strong, string[] weak)
    {
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in weak)
        {
            words[word] = 1;
        }

        foreach (var word in strong)
        {
            words[word] = 2;
        }

        return words;
    }
}
