namespace Majordome.Bench.Load;

/// <summary>
/// The conversation every customer repeats: the booking flow up to its confirmation question, answered "non" so
/// that no seat is taken and every run follows the same path (a real booking would fill the slots and change
/// the flow). Each turn still reads the boutique's seats from the database. The baselines get the same messages.
/// </summary>
public static class ConversationScript
{
    /// <summary>The customer's messages, in order.</summary>
    public static IReadOnlyList<string> Turns { get; } =
    [
        "bonjour",
        "Réserver une table",
        "Bordeaux",
        "2",
        "samedi à 15h",
        "Marie",
        "06 12 34 56 78",
        "non",
    ];
}
