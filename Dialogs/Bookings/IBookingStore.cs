namespace Majordome.Dialogs.Bookings;

/// <summary>
/// Tasting-table bookings; the host implements it on a database and enforces each slot's capacity there, so two
/// customers racing for the last seats can never both get them.
/// </summary>
public interface IBookingStore
{
    /// <summary>
    /// Books if the slot still has <see cref="BookingRequest.PartySize"/> seats out of <paramref name="capacity"/>;
    /// returns <see cref="BookingResult.AlreadyBooked"/> with the first booking when the request's
    /// <see cref="BookingRequest.OperationId"/> has already booked (no second row, no seats taken twice).
    /// </summary>
    Task<BookingResult> BookAsync(BookingRequest request, int capacity, CancellationToken cancellationToken = default);

    /// <summary>Seats already booked in a slot.</summary>
    Task<int> SeatsTakenAsync(string boutiqueId, DateTimeOffset start, CancellationToken cancellationToken = default);

    /// <summary>The customer's confirmed bookings starting after <paramref name="after"/>, soonest first.</summary>
    Task<IReadOnlyList<Booking>> ListUpcomingAsync(string customerKey, DateTimeOffset after, CancellationToken cancellationToken = default);

    /// <summary>
    /// The booking with <paramref name="reference"/>, whatever its status and whoever made it, or null. For the host's
    /// own checks (a signed calendar link names its booking); a customer is only ever shown their own.
    /// </summary>
    Task<Booking?> FindAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Cancels the customer's booking; <see cref="BookingResult.NotFound"/> when it is not theirs or does not exist.</summary>
    Task<BookingResult> CancelAsync(string reference, string customerKey, CancellationToken cancellationToken = default);

    /// <summary>Moves the customer's booking to another slot of the same boutique if that slot has room.</summary>
    Task<BookingResult> MoveAsync(string reference, string customerKey, DateTimeOffset newStart, int capacity, CancellationToken cancellationToken = default);
}
