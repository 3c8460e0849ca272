using Majordome.Bot.Data;
using Majordome.Bot.Identity;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Identity;

/// <summary>
/// Orders and bookings a customer made on a channel before it was linked are theirs from every linked channel
/// afterwards, and never another customer's; run on SQLite and on PostgreSQL by the subclasses at the end of this file.
/// </summary>
public abstract class LinkedCustomerRecordsTests : IDisposable
{
    private const string WebChat = "directline/visitor-1";
    private const string Messenger = "facebook/7028345619274851";
    private const string Stranger = "facebook/7000000000000009";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);

    [Fact]
    public async Task OrdersMadeBeforeTheLink_AreListedAndFoundFromEveryKey_ButNotAStrangersOrders()
    {
        var database = OpenDatabase();
        var orders = new SqlOrderStore(database, _clock);
        await orders.EnsureProductsAsync([("CAP-LUNGO", 50)]);
        var before = await PlaceAsync(orders, Messenger);
        var strangers = await PlaceAsync(orders, Stranger);
        await LinkAsync(database, issuedTo: WebChat, redeemer: Messenger);
        var after = await PlaceAsync(orders, WebChat);

        Assert.Equal([after, before], (await orders.ListOrdersAsync(WebChat)).Select(o => o.Number));
        Assert.Equal([after, before], (await orders.ListOrdersAsync(Messenger)).Select(o => o.Number));
        Assert.NotNull(await orders.FindOrderAsync(before, WebChat));
        Assert.NotNull(await orders.FindOrderAsync(after, Messenger));
        Assert.Null(await orders.FindOrderAsync(strangers, WebChat));
        Assert.Null(await orders.FindOrderAsync(before, Stranger));
        Assert.Equal([strangers], (await orders.ListOrdersAsync(Stranger)).Select(o => o.Number));
    }

    [Fact]
    public async Task BookingsMadeBeforeTheLink_AreListedAndCancellableFromEveryKey_ButNotAStrangersBookings()
    {
        var database = OpenDatabase();
        var bookings = new SqlBookingStore(database, _clock);
        var before = await BookAsync(bookings, Messenger, Now.AddDays(3));
        var moved = await BookAsync(bookings, Messenger, Now.AddDays(4));
        var strangers = await BookAsync(bookings, Stranger, Now.AddDays(3));
        await LinkAsync(database, issuedTo: WebChat, redeemer: Messenger);

        Assert.Equal([before, moved], (await bookings.ListUpcomingAsync(WebChat, Now)).Select(b => b.Reference));
        Assert.IsType<BookingResult.Confirmed>(await bookings.MoveAsync(moved, WebChat, Now.AddDays(5), capacity: 12));
        Assert.IsType<BookingResult.Confirmed>(await bookings.CancelAsync(before, WebChat));
        Assert.IsType<BookingResult.NotFound>(await bookings.CancelAsync(strangers, WebChat));
        Assert.IsType<BookingResult.NotFound>(await bookings.MoveAsync(strangers, Messenger, Now.AddDays(6), capacity: 12));
        Assert.Equal([(moved, Now.AddDays(5))], (await bookings.ListUpcomingAsync(Messenger, Now)).Select(b => (b.Reference, b.Start)));
        Assert.Equal([strangers], (await bookings.ListUpcomingAsync(Stranger, Now)).Select(b => b.Reference));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private static async Task LinkAsync(BusinessDatabase database, string issuedTo, string redeemer)
    {
        var links = new SqlIdentityLinks(database);
        await links.IssueAsync("nonce-1", issuedTo, LinkTarget.Messenger, Now.AddMinutes(15), Now);
        Assert.Equal(LinkRedemption.Linked, (await links.RedeemAsync("nonce-1", redeemer, LinkTarget.Messenger, Now.AddMinutes(1))).Outcome);
    }

    private static async Task<long> PlaceAsync(SqlOrderStore orders, string customer)
    {
        var placed = await orders.PlaceOrderAsync(new OrderRequest(
            customer, "fr", [new OrderLine("CAP-LUNGO", "Lungo", 4.20m, 1)], Deliveries.PickUp("lyon-bellecour"), "marie@exemple.fr", 0m, PaymentMethod.AtPickUp));
        return Assert.IsType<PlaceOrderResult.Placed>(placed).Order.Number;
    }

    private static async Task<string> BookAsync(SqlBookingStore bookings, string customer, DateTimeOffset start)
    {
        var booked = await bookings.BookAsync(new BookingRequest(customer, "lyon-bellecour", start, 2, "Marie", "+33612345678"), capacity: 12);
        return Assert.IsType<BookingResult.Confirmed>(booked).Booking.Reference;
    }
}

public sealed class SqliteLinkedCustomerRecordsTests : LinkedCustomerRecordsTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresLinkedCustomerRecordsTests : LinkedCustomerRecordsTests
{
    private readonly PostgresTestDatabase _database = new("linkedcustomerrecordstests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
