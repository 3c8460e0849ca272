namespace Majordome.Cards.Bookings;

/// <summary>What the booking confirmation card shows.</summary>
/// <param name="Reference">The booking reference the customer quotes, for example "RES-7K2P".</param>
/// <param name="BoutiqueName">The boutique's name.</param>
/// <param name="BoutiqueAddress">The boutique's address on one line.</param>
/// <param name="Start">When the tasting starts, in the boutique's time zone.</param>
/// <param name="PartySize">How many people (at least 1).</param>
public sealed record BookingConfirmationCardData(string Reference, string BoutiqueName, string BoutiqueAddress, DateTimeOffset Start, int PartySize);
