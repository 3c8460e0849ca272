using Majordome.Bot.Analytics;
using Majordome.Bot.Data;
using Majordome.Dialogs.Analytics;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Analytics;

/// <summary>The counters' table and the report read from it, on SQLite and on PostgreSQL (the subclasses at the end).</summary>
public abstract class AnalyticsStoreTests : IDisposable
{
    private static readonly DateTimeOffset Hour = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Add_FromTwoInstances_AddsUpInTheSameRows()
    {
        var first = new SqlAnalyticsStore(OpenDatabase());
        var second = new SqlAnalyticsStore(OpenDatabase());

        await first.AddAsync(Counts((Key(AnalyticsEvents.Message), 5), (Key(AnalyticsEvents.FlowStarted, "booking"), 2)));
        await second.AddAsync(Counts((Key(AnalyticsEvents.Message), 3), (Key(AnalyticsEvents.Message, channel: "facebook"), 4)));
        await Task.WhenAll(
            Enumerable.Range(0, 10).Select(_ => new SqlAnalyticsStore(OpenDatabase()).AddAsync(Counts((Key(AnalyticsEvents.Conversation), 1)))));

        var report = await first.ReadAsync(Hour, Hour.AddHours(1));

        Assert.Equal(12, report.Messages);
        Assert.Equal([("webchat", 8L), ("facebook", 4L)], report.By(AnalyticsEvents.Message, t => t.Channel));
        Assert.Equal(10, report.Conversations);
        Assert.Equal([new AnalyticsBreakdown("webchat", 10, 8), new AnalyticsBreakdown("facebook", 0, 4)], report.Breakdown(t => t.Channel));
        Assert.Equal(2, report.Sum(AnalyticsEvents.FlowStarted, "booking"));
    }

    [Fact]
    public async Task Add_InstancesAddingTheSameRowsInOppositeOrders_NeitherFailsNorLosesACount()
    {
        var keys = Enumerable.Range(0, 20).Select(i => Key(AnalyticsEvents.FlowStarted, $"flow:{i:00}")).ToList();
        var forward = keys.ToDictionary(k => k, _ => 1L);
        var backward = Enumerable.Reverse(keys).ToDictionary(k => k, _ => 1L);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(instance => Task.Run(async () =>
        {
            var store = new SqlAnalyticsStore(OpenDatabase());
            for (var i = 0; i < 10; i++)
            {
                await store.AddAsync(instance % 2 == 0 ? forward : backward);
            }
        })));

        var report = await new SqlAnalyticsStore(OpenDatabase()).ReadAsync(Hour, Hour.AddHours(1));
        Assert.All(keys, k => Assert.Equal(40, report.Sum(AnalyticsEvents.FlowStarted, k.Name)));
    }

    [Fact]
    public async Task Read_KeepsToItsHours_AndBuildsTheFlowFunnels()
    {
        var store = new SqlAnalyticsStore(OpenDatabase());
        await store.AddAsync(Counts(
            (Key(AnalyticsEvents.FlowStarted, "booking"), 10),
            (Key(AnalyticsEvents.FlowCompleted, "booking"), 6),
            (Key(AnalyticsEvents.FlowCancelled, "booking"), 3),
            (Key(AnalyticsEvents.FlowStarted, "shop"), 4),
            (Key(AnalyticsEvents.FlowCompleted, "shop"), 4),
            (Key(AnalyticsEvents.FlowStarted, "booking", hour: Hour.AddHours(-1)), 100),
            (Key(AnalyticsEvents.FlowStarted, "booking", hour: Hour.AddHours(1)), 100)));

        var report = await store.ReadAsync(Hour, Hour.AddHours(1));

        Assert.Equal([new FlowFunnel("booking", 10, 6, 3), new FlowFunnel("shop", 4, 4, 0)], report.Flows);
        Assert.Equal(210, (await store.ReadAsync(Hour.AddHours(-1), Hour.AddHours(2))).Sum(AnalyticsEvents.FlowStarted, "booking"));
    }

    [Fact]
    public async Task Read_CountsTheOrdersAndBookingsMadeInThePeriod_NotTheCancelledOnes()
    {
        var database = OpenDatabase();
        var time = new FakeTimeProvider(Hour.AddMinutes(10));
        var orders = new SqlOrderStore(database, time);
        await orders.EnsureProductsAsync([("arpeggio", 50)]);
        var delivery = new Delivery(DeliveryMode.PickUp, BoutiqueId: "bordeaux");
        await orders.PlaceOrderAsync(new OrderRequest("fb/1", "fr", [new OrderLine("arpeggio", "Arpeggio", 4.20m, 3)], delivery, "a@example.com", 0m, PaymentMethod.AtPickUp));
        await orders.PlaceOrderAsync(new OrderRequest("fb/2", "en", [new OrderLine("arpeggio", "Arpeggio", 4.20m, 1)], delivery, "b@example.com", 4.90m, PaymentMethod.AtPickUp));
        var bookings = new SqlBookingStore(database, time);
        await bookings.BookAsync(new BookingRequest("fb/1", "bordeaux", Hour.AddDays(2), 4, "Marie", "+33612345678"), capacity: 12);
        var cancelled = Assert.IsType<BookingResult.Confirmed>(await bookings.BookAsync(new BookingRequest("fb/3", "bordeaux", Hour.AddDays(2), 2, "Paul", "+33612345679"), capacity: 12));
        await bookings.CancelAsync(cancelled.Booking.Reference, "fb/3");
        time.Advance(TimeSpan.FromHours(2));
        await bookings.BookAsync(new BookingRequest("fb/4", "bordeaux", Hour.AddDays(3), 6, "Léa", "+33612345670"), capacity: 12);

        var report = await new SqlAnalyticsStore(database).ReadAsync(Hour, Hour.AddHours(1));

        Assert.Equal(2, report.Orders);
        Assert.Equal(1260 + 420 + 490, report.OrderRevenueCents);
        Assert.Equal(1, report.Bookings);
        Assert.Equal(4, report.BookedGuests);
    }

    [Fact]
    public async Task Read_AnEndBeforeTheStart_IsRefused()
    {
        var store = new SqlAnalyticsStore(OpenDatabase());
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync(Hour, Hour));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private static AnalyticsKey Key(string eventName, string name = "", string channel = "webchat", DateTimeOffset? hour = null) =>
        new(hour ?? Hour, channel, "fr", eventName, name);

    private static Dictionary<AnalyticsKey, long> Counts(params (AnalyticsKey Key, long Count)[] counts) =>
        counts.ToDictionary(c => c.Key, c => c.Count);
}

public sealed class SqliteAnalyticsStoreTests : AnalyticsStoreTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresAnalyticsStoreTests : AnalyticsStoreTests
{
    private readonly PostgresTestDatabase _database = new("analyticsstoretests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
