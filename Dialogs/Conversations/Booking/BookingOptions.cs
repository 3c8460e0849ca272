namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>How a booking starts: what the customer already said.</summary>
/// <param name="BoutiqueId">The boutique, when known (named in the message, or a location card's "Book" button).</param>
/// <param name="PartySize">The number of people, when known.</param>
/// <param name="Start">
/// The slot the customer asked for in the message that started the booking ("samedi à 15h"), when a time was
/// said; used without asking again only if the boutique can take it.
/// </param>
public sealed record BookingOptions(string? BoutiqueId = null, int? PartySize = null, DateTimeOffset? Start = null);
