namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>How "my bookings" starts: the list, or straight to an action clicked on a booking card.</summary>
/// <param name="Action">"cancelBooking" or "moveBooking" when a card button was clicked, else null.</param>
/// <param name="Reference">The booking the button belongs to.</param>
public sealed record MyBookingsOptions(string? Action = null, string? Reference = null);
