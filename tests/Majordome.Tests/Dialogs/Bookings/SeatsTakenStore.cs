using Majordome.Dialogs.Bookings;

namespace Majordome.Tests.Dialogs.Bookings;

/// <summary>A hand-written fake of <see cref="IBookingStore"/> for the slot finder: only seat counts, and a record of what was asked.</summary>
public sealed class SeatsTakenStore : IBookingStore
{
    private readonly Dictionary<DateTimeOffset, int> taken = [];

    /// <summary>Every slot the finder asked about, in order.</summary>
    public List<DateTimeOffset> Queried { get; } = [];

    /// <summary>The token of the last query.</summary>
    public CancellationToken LastToken { get; private set; }

    /// <summary>Seats taken in slots not set with <see cref="Take"/>.</summary>
    public int Default { get; init; }

    public SeatsTakenStore Take(int seats, params DateTimeOffset[] slots)
    {
        foreach (var slot in slots)
        {
            taken[slot] = seats;
        }

        return this;
    }

    public Task<int> SeatsTakenAsync(string boutiqueId, DateTimeOffset start, CancellationToken cancellationToken = default)
    {
        Queried.Add(start);
        LastToken = cancellationToken;
        return Task.FromResult(taken.TryGetValue(start, out var seats) ? seats : Default);
    }

    // The finder only reads: any write here would be a bug in it.
    public Task<BookingResult> BookAsync(BookingRequest request, int capacity, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<Booking?> FindAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IReadOnlyList<Booking>> ListUpcomingAsync(string customerKey, DateTimeOffset after, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<BookingResult> CancelAsync(string reference, string customerKey, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<BookingResult> MoveAsync(string reference, string customerKey, DateTimeOffset newStart, int capacity, CancellationToken cancellationToken = default) => throw Unexpected();

    private static NotSupportedException Unexpected() => new("SlotFinder must only read seat counts.");
}
