namespace Majordome.Dialogs.Recognition;

/// <summary>
/// French and English words that carry no choice on their own ("je voudrais", "the", "une"), in normalized form.
/// The fuzzy choice match ignores them on both sides, so "je voudrais réserver" is compared with "Réserver une table"
/// through "reserver" alone.
/// </summary>
internal static class StopWords
{
    internal static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        // French
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "a", "au", "aux", "et", "ou", "en", "pour", "par",
        "avec", "sur", "dans", "ce", "cet", "cette", "ces", "c", "ca", "je", "j", "tu", "il", "elle", "on", "nous",
        "vous", "me", "m", "te", "t", "se", "s", "mon", "ma", "mes", "ton", "ta", "tes", "votre", "vos", "notre", "nos",
        "est", "suis", "veux", "voudrais", "voudrions", "voulais", "aimerais", "souhaite", "souhaiterais", "prends",
        "prendre", "prendrai", "choisis", "plutot", "qui", "que", "qu", "svp", "stp", "merci", "bien", "sur", "oui",
        "euh", "alors", "y", "ai", "as", "avoir", "faire", "fait",

        // English
        "the", "an", "of", "to", "for", "and", "or", "in", "on", "at", "with", "my", "your", "i", "me", "we", "you",
        "it", "is", "be", "would", "like", "want", "wanna", "need", "please", "thanks", "thank", "choose", "pick",
        "take", "ll", "id", "im", "m", "some", "just", "rather", "um", "uh", "well", "go", "let", "lets", "can",
        "could", "do", "get",
    };
}
