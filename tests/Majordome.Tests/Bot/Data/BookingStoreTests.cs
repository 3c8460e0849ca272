using Majordome.Bot.Data;
using Majordome.Dialogs.Bookings;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Data;

/// <summary>The store's behaviour, run on SQLite and on PostgreSQL by the subclasses at the end of this file.</summary>
public abstract class BookingStoreTests : IDisposable
{
    private static readonly DateTimeOffset Saturday3pm = new(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(1));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Book_WithRoom_SavesWithAReadableReference()
    {
        var store = NewStore();

        var result = await store.BookAsync(Request("fb/1", 4), capacity: 8);

        var booking = Assert.IsType<BookingResult.Confirmed>(result).Booking;
        Assert.Matches("^MT-[2-9A-HJKMNP-Z]{5}$", booking.Reference);
        Assert.Equal(4, await store.SeatsTakenAsync("lyon", Saturday3pm));
    }

    [Fact]
    public async Task Book_MoreThanTheSeatsLeft_IsRefusedWithWhatIsLeft()
    {
        var store = NewStore();
        await store.BookAsync(Request("fb/1", 6), capacity: 8);

        var result = await store.BookAsync(Request("fb/2", 3), capacity: 8);

        Assert.Equal(2, Assert.IsType<BookingResult.Full>(result).SeatsLeft);
    }

    [Fact]
    public async Task Book_TwentyCustomersRacingForTheLastSeats_OnlyCapacityIsBooked()
    {
        var store = NewStore();
        await store.BookAsync(Request("fb/first", 6), capacity: 8);

        // Separate store instances, so separate connections, as two bot processes would have.
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            NewStore().BookAsync(Request($"fb/{i}", 2), capacity: 8)));

        Assert.Single(results.OfType<BookingResult.Confirmed>());
        Assert.Equal(8, await store.SeatsTakenAsync("lyon", Saturday3pm));
    }

    [Fact]
    public async Task Cancel_FreesTheSeats_AndOnlyTheOwnerCanCancel()
    {
        var store = NewStore();
        var booking = ((BookingResult.Confirmed)await store.BookAsync(Request("fb/alice", 8), capacity: 8)).Booking;

        Assert.IsType<BookingResult.NotFound>(await store.CancelAsync(booking.Reference, "fb/mallory"));
        Assert.IsType<BookingResult.Confirmed>(await store.CancelAsync(booking.Reference.ToLowerInvariant(), "fb/alice"));

        Assert.Equal(0, await store.SeatsTakenAsync("lyon", Saturday3pm));
        Assert.Empty(await store.ListUpcomingAsync("fb/alice", _time.GetUtcNow()));
    }

    [Fact]
    public async Task Move_ToAFullSlot_IsRefused_ToAFreeOne_Moves()
    {
        var store = NewStore();
        var later = Saturday3pm.AddMinutes(30);
        await store.BookAsync(Request("fb/other", 7) with { Start = later }, capacity: 8);
        var mine = ((BookingResult.Confirmed)await store.BookAsync(Request("fb/me", 2), capacity: 8)).Booking;

        Assert.IsType<BookingResult.Full>(await store.MoveAsync(mine.Reference, "fb/me", later, capacity: 8));
        var moved = await store.MoveAsync(mine.Reference, "fb/me", Saturday3pm.AddHours(1), capacity: 8);

        Assert.Equal(Saturday3pm.AddHours(1), Assert.IsType<BookingResult.Confirmed>(moved).Booking.Start);
        Assert.Equal(0, await store.SeatsTakenAsync("lyon", Saturday3pm));
    }

    [Fact]
    public async Task ListUpcoming_ShowsOnlyTheCustomersFutureBookingsSoonestFirst()
    {
        var store = NewStore();
        await store.BookAsync(Request("fb/me", 2) with { Start = Saturday3pm.AddDays(7) }, 8);
        await store.BookAsync(Request("fb/me", 2), 8);
        await store.BookAsync(Request("fb/me", 2) with { Start = Saturday3pm.AddDays(-7) }, 8);
        await store.BookAsync(Request("fb/other", 2), 8);

        var upcoming = await new SqlBookingStore(OpenDatabase(), _time).ListUpcomingAsync("fb/me", _time.GetUtcNow());

        Assert.Equal([Saturday3pm, Saturday3pm.AddDays(7)], upcoming.Select(b => b.Start));
    }

    [Fact]
    public async Task Book_SameOperationTwice_KeepsOneBookingAndReturnsItsReference()
    {
        var store = NewStore();
        var request = Request("fb/1", 3) with { OperationId = "op-1" };
        var first = Assert.IsType<BookingResult.Confirmed>(await store.BookAsync(request, capacity: 8)).Booking;

        // The bot restarted (another store, other connections) and the customer said "oui" again.
        var again = await NewStore().BookAsync(request, capacity: 8);

        Assert.Equal(first, Assert.IsType<BookingResult.AlreadyBooked>(again).Booking);
        Assert.Equal(3, await store.SeatsTakenAsync("lyon", Saturday3pm));
        Assert.Equal([first.Reference], (await store.ListUpcomingAsync("fb/1", _time.GetUtcNow())).Select(b => b.Reference));
    }

    [Fact]
    public async Task Book_SameOperationAfterItFilledTheSlot_IsAlreadyBookedNotFull()
    {
        var store = NewStore();
        var request = Request("fb/1", 8) with { OperationId = "op-last-seats" };
        var first = Assert.IsType<BookingResult.Confirmed>(await store.BookAsync(request, capacity: 8)).Booking;

        var again = await store.BookAsync(request, capacity: 8);

        Assert.Equal(first.Reference, Assert.IsType<BookingResult.AlreadyBooked>(again).Booking.Reference);
    }

    [Fact]
    public async Task Book_SameOperationFromFiveProcessesAtOnce_BooksOnce()
    {
        var request = Request("fb/1", 2) with { OperationId = "op-race" };

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => NewStore().BookAsync(request, capacity: 8)));

        var booked = Assert.Single(results.OfType<BookingResult.Confirmed>()).Booking;
        Assert.All(results.OfType<BookingResult.AlreadyBooked>(), r => Assert.Equal(booked.Reference, r.Booking.Reference));
        Assert.Equal(4, results.OfType<BookingResult.AlreadyBooked>().Count());
        Assert.Equal(2, await NewStore().SeatsTakenAsync("lyon", Saturday3pm));
    }

    [Fact]
    public async Task Book_DifferentOperations_BookTwice()
    {
        var store = NewStore();

        await store.BookAsync(Request("fb/1", 2) with { OperationId = "op-a" }, capacity: 8);
        var second = await store.BookAsync(Request("fb/1", 2) with { OperationId = "op-b" }, capacity: 8);

        Assert.IsType<BookingResult.Confirmed>(second);
        Assert.Equal(4, await store.SeatsTakenAsync("lyon", Saturday3pm));
    }

    [Fact]
    public async Task Book_AnotherCustomersOperation_IsRefusedAndBooksNothing()
    {
        var store = NewStore();
        await store.BookAsync(Request("fb/alice", 2) with { OperationId = "op-alice" }, capacity: 8);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.BookAsync(Request("fb/mallory", 2) with { OperationId = "op-alice" }, capacity: 8));

        Assert.Empty(await store.ListUpcomingAsync("fb/mallory", _time.GetUtcNow()));
        Assert.Equal(2, await store.SeatsTakenAsync("lyon", Saturday3pm));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections, as another bot process.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private SqlBookingStore NewStore() => new(OpenDatabase(), _time);

    private static BookingRequest Request(string customer, int party) =>
        new(customer, "lyon", Saturday3pm, party, "Marie", "+33612345678");
}

public sealed class SqliteBookingStoreTests : BookingStoreTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresBookingStoreTests : BookingStoreTests
{
    private readonly PostgresTestDatabase _database = new("bookingstoretests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
