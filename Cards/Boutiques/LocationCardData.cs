namespace Majordome.Cards.Boutiques;

/// <summary>What the boutique location card shows.</summary>
/// <param name="BoutiqueId">The boutique's id, sent back by "book a table".</param>
/// <param name="Name">The boutique's name, for example "Maison Tasse Marais".</param>
/// <param name="Address">The postal address on one line.</param>
/// <param name="Hours">The weekly opening periods.</param>
/// <param name="LocalNow">The current time in the boutique's time zone (from the caller's TimeProvider), to tell today's hours and whether it is open now.</param>
public sealed record LocationCardData(string BoutiqueId, string Name, string Address, IReadOnlyList<OpeningHours> Hours, DateTimeOffset LocalNow)
{
    /// <summary>The boutique's phone number as dialled, when it has one.</summary>
    public string? Phone { get; init; }

    /// <summary>An absolute http(s) map link; when null the card links to an OpenStreetMap search for the address.</summary>
    public string? MapUrl { get; init; }
}
