namespace Majordome.Dialogs.Bookings;

/// <summary>A table the customer asked for.</summary>
/// <param name="CustomerKey">Who books.</param>
/// <param name="BoutiqueId">Where.</param>
/// <param name="Start">The slot's start (a half-hour boundary).</param>
/// <param name="PartySize">How many people.</param>
/// <param name="Name">The name to book under.</param>
/// <param name="Phone">A phone number, E.164.</param>
/// <param name="OperationId">
/// The confirmation this request carries out, decided when the customer was asked (see
/// <see cref="Conversations.ConfirmationOperation"/>): the store saves it with the booking, so the same confirmation
/// sent again (the bot died after booking, before saving the conversation) returns that booking instead of a second
/// one. Null books without that protection.
/// </param>
public sealed record BookingRequest(string CustomerKey, string BoutiqueId, DateTimeOffset Start, int PartySize, string Name, string Phone, string? OperationId = null);
