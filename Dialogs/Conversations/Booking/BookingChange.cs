namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>A change the customer asks for on one of their bookings.</summary>
/// <param name="Action"><see cref="Cards.CardActions.CancelBooking"/> or <see cref="Cards.CardActions.MoveBooking"/>.</param>
/// <param name="Reference">The booking's reference when the customer named it (or clicked its card), else null.</param>
public sealed record BookingChange(string Action, string? Reference = null);
