namespace Majordome.Dialogs.Bookings;

/// <summary>A table the customer asked for.</summary>
/// <param name="CustomerKey">Who books.</param>
/// <param name="BoutiqueId">Where.</param>
/// <param name="Start">The slot's start (a half-hour boundary).</param>
/// <param name="PartySize">How many people.</param>
/// <param name="Name">The name to book under.</param>
/// <param name="Phone">A phone number, E.164.</param>
public sealed record BookingRequest(string CustomerKey, string BoutiqueId, DateTimeOffset Start, int PartySize, string Name, string Phone);
