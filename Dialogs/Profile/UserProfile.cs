namespace Majordome.Dialogs.Profile;

/// <summary>What Majordome remembers about a customer across conversations (kept in user state).</summary>
public sealed class UserProfile
{
    /// <summary>The customer's language ("fr" or "en"), or null before the first message.</summary>
    public string? Language { get; set; }

    /// <summary>True once the customer picked the language themselves; detection never overrides that choice.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>The tags flows gave the customer (the tag action), each once, in the order given.</summary>
    public List<string> Tags { get; set; } = [];
}
