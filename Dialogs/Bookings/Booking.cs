namespace Majordome.Dialogs.Bookings;

/// <summary>The state of a booking.</summary>
public enum BookingStatus
{
    /// <summary>The table is held.</summary>
    Confirmed,

    /// <summary>Cancelled by the customer.</summary>
    Cancelled,
}

/// <summary>A tasting-table booking.</summary>
/// <param name="Reference">The reference the customer quotes ("MT-7K2QX").</param>
/// <param name="CustomerKey">Who booked: only they can see, move or cancel it.</param>
/// <param name="BoutiqueId">Where.</param>
/// <param name="Start">The slot's start.</param>
/// <param name="PartySize">How many people.</param>
/// <param name="Name">The name the table is booked under.</param>
/// <param name="Phone">The phone number, E.164.</param>
/// <param name="Status">Confirmed or cancelled.</param>
public sealed record Booking(string Reference, string CustomerKey, string BoutiqueId, DateTimeOffset Start, int PartySize, string Name, string Phone, BookingStatus Status);
