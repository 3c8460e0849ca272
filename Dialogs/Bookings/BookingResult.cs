namespace Majordome.Dialogs.Bookings;

/// <summary>What happened to a booking request.</summary>
public abstract record BookingResult
{
    /// <summary>The table is booked.</summary>
    /// <param name="Booking">The saved booking.</param>
    public sealed record Confirmed(Booking Booking) : BookingResult;

    /// <summary>
    /// Nothing new was saved: this request's <see cref="BookingRequest.OperationId"/> already booked this table
    /// (the confirmation was sent again after a crash).
    /// </summary>
    /// <param name="Booking">The booking that operation made.</param>
    public sealed record AlreadyBooked(Booking Booking) : BookingResult;

    /// <summary>Nothing was saved: the slot has fewer seats left than the party needs.</summary>
    /// <param name="SeatsLeft">The seats still free in that slot.</param>
    public sealed record Full(int SeatsLeft) : BookingResult;

    /// <summary>No booking with that reference belongs to the customer.</summary>
    public sealed record NotFound : BookingResult;
}
