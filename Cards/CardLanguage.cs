namespace Majordome.Cards;

/// <summary>The languages cards are written in, and how a caller's language code maps to one of them.</summary>
public static class CardLanguage
{
    /// <summary>French, the brand's own language and the fallback.</summary>
    public const string French = "fr";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Every language every card label exists in.</summary>
    public static IReadOnlyList<string> All { get; } = [French, English];

    /// <summary>
    /// Maps "fr", "fr-FR", "EN", "en_GB"... to "fr" or "en". Anything else falls back to French rather than
    /// failing: a customer still gets a card, in the brand's language.
    /// </summary>
    public static string Normalize(string? language)
    {
        var code = language is { Length: >= 2 } ? language[..2].ToLowerInvariant() : string.Empty;
        return All.Contains(code) ? code : French;
    }
}
