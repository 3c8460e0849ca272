namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>How "my bookings" starts: the list, or straight to a change clicked on a booking card or typed.</summary>
/// <param name="Action">"cancelBooking" or "moveBooking" when a card button was clicked or the change typed, else null.</param>
/// <param name="Reference">The booking the change is for, when known.</param>
public sealed record MyBookingsOptions(string? Action = null, string? Reference = null)
{
    /// <summary>The options for a typed request: "mes réservations" lists them, "cancel my booking" asks to cancel.</summary>
    public static MyBookingsOptions From(string? text) =>
        BookingChangeReader.Read(text) is { } change ? new MyBookingsOptions(change.Action, change.Reference) : new MyBookingsOptions();
}
