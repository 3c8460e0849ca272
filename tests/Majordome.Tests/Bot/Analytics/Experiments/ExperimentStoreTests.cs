using Majordome.Bot.Analytics.Experiments;
using Majordome.Bot.Data;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Flows.Experiments;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Analytics.Experiments;

/// <summary>
/// Assignments are kept once per customer, and orders, bookings, tags and a flow's end convert them only within
/// the window; run on SQLite and on PostgreSQL by the subclasses at the end of this file.
/// </summary>
public abstract class ExperimentStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static FlowExperiment Experiment(ConversionEvent kind, string? tag = null) =>
        new("intro", [new("a", 50), new("b", 50)], new FlowConversion(kind, tag, TimeSpan.FromDays(7)));

    [Fact]
    public async Task Assign_SecondTime_KeepsTheFirstVariantAndDate()
    {
        var log = new SqlFlowExperimentLog(OpenDatabase());

        var first = await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "webchat/1", "b", Start));
        var again = await new SqlFlowExperimentLog(OpenDatabase()).AssignAsync(new ExperimentAssignment("gift-finder", "intro", "webchat/1", "a", Start.AddDays(3)));
        var otherTest = await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro-2", "webchat/1", "a", Start.AddDays(3)));

        Assert.True(first.IsNew);
        Assert.Equal((false, "b", Start), (again.IsNew, again.Assignment.Variant, again.Assignment.AssignedAt));
        Assert.Equal((true, "a"), (otherTest.IsNew, otherTest.Assignment.Variant));
    }

    [Fact]
    public async Task Read_OrdersConvertWithinTheWindowOnly_NotCancelledOnesNorOrdersBefore()
    {
        var database = OpenDatabase();
        var log = new SqlFlowExperimentLog(database);
        var time = new FakeTimeProvider(Start.AddDays(-1));
        var orders = new SqlOrderStore(database, time);
        await orders.EnsureProductsAsync([("arpeggio", 50)]);
        async Task OrderAsync(string customer) => await orders.PlaceOrderAsync(new OrderRequest(customer, "fr", [new OrderLine("arpeggio", "Arpeggio", 4.20m, 1)],
            new Delivery(DeliveryMode.PickUp, BoutiqueId: "bordeaux"), "a@example.com", 0m, PaymentMethod.AtPickUp));
        foreach (var customer in new[] { "fb/1", "fb/2", "fb/3", "fb/4" })
        {
            await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", customer, customer == "fb/4" ? "b" : "a", Start));
        }

        await OrderAsync("fb/1");                    // before the assignment: does not count
        time.SetUtcNow(Start.AddDays(3));
        await OrderAsync("fb/2");                    // day 3: converts
        time.SetUtcNow(Start.AddDays(8));
        await OrderAsync("fb/3");                    // day 8: too late for 7d
        await OrderAsync("fb/4");

        var outcomes = await new SqlExperimentStore(database).ReadAsync("gift-finder", Experiment(ConversionEvent.Order));
        var report = ExperimentReportBuilder.Build("gift-finder", Experiment(ConversionEvent.Order), outcomes, Start.AddDays(10));

        Assert.Equal([("a", 3L, 1L), ("b", 1L, 0L)], report.Variants.Select(v => (v.Name, v.Customers, v.Conversions)));
    }

    [Fact]
    public async Task Read_TagsBookingsAndEnds_ConvertTheirOwnExperimentsOnly()
    {
        var database = OpenDatabase();
        var log = new SqlFlowExperimentLog(database);
        await log.RecordEventAsync("fb/0", ExperimentEvents.Tag("vip"), Start);           // no assignment: not kept
        await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "fb/1", "a", Start));
        await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "fb/2", "b", Start));
        await log.RecordEventAsync("fb/1", ExperimentEvents.Tag("vip"), Start.AddHours(1));
        await log.RecordEventAsync("fb/2", ExperimentEvents.Tag("other"), Start.AddHours(1));
        await log.RecordEventAsync("fb/2", ExperimentEvents.End("gift-finder"), Start.AddHours(2));
        var bookings = new SqlBookingStore(database, new FakeTimeProvider(Start.AddDays(1)));
        await bookings.BookAsync(new BookingRequest("fb/2", "bordeaux", Start.AddDays(4), 2, "Léa", "+33612345670"), capacity: 12);
        var store = new SqlExperimentStore(database);

        async Task<IEnumerable<(string, long)>> ConversionsAsync(FlowExperiment experiment) =>
            ExperimentReportBuilder.Build("gift-finder", experiment, await store.ReadAsync("gift-finder", experiment), Start.AddDays(30)).Variants.Select(v => (v.Name, v.Conversions));

        Assert.Equal([("a", 1L), ("b", 0L)], await ConversionsAsync(Experiment(ConversionEvent.Tag, "vip")));
        Assert.Equal([("a", 0L), ("b", 1L)], await ConversionsAsync(Experiment(ConversionEvent.End)));
        Assert.Equal([("a", 0L), ("b", 1L)], await ConversionsAsync(Experiment(ConversionEvent.Booking)));
    }

    [Fact]
    public async Task Assign_UnderTheKeyLinkedTo_KeepsTheAssignmentMadeUnderTheOtherKeyBeforeTheLink()
    {
        var database = OpenDatabase();
        var log = new SqlFlowExperimentLog(database);
        await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "facebook/1", "a", Start));
        await LinkAsync(database, "facebook/1", to: "directline/1");

        var afterLink = await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "directline/1", "b", Start.AddDays(1)));

        Assert.Equal((false, "a", Start), (afterLink.IsNew, afterLink.Assignment.Variant, afterLink.Assignment.AssignedAt));
    }

    [Fact]
    public async Task Read_BothKeysAssignedBeforeTheLink_CountOnceWithTheFirst_ConvertedByAnEventUnderEither()
    {
        var database = OpenDatabase();
        var log = new SqlFlowExperimentLog(database);
        await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "facebook/1", "a", Start));
        await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "directline/1", "b", Start.AddHours(1)));
        await log.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "directline/2", "b", Start));
        await LinkAsync(database, "facebook/1", to: "directline/1");

        await log.RecordEventAsync("directline/1", ExperimentEvents.End("gift-finder"), Start.AddHours(2));
        var outcomes = await new SqlExperimentStore(database).ReadAsync("gift-finder", Experiment(ConversionEvent.End));
        var report = ExperimentReportBuilder.Build("gift-finder", Experiment(ConversionEvent.End), outcomes, Start.AddDays(10));

        Assert.Equal([("a", 1L, 1L), ("b", 1L, 0L)], report.Variants.Select(v => (v.Name, v.Customers, v.Conversions)));
    }

    /// <summary>Links <paramref name="key"/> to <paramref name="to"/> as a customer following a link would: a token issued to one, redeemed by the other.</summary>
    private static async Task LinkAsync(BusinessDatabase database, string key, string to)
    {
        var links = new Majordome.Bot.Identity.SqlIdentityLinks(database);
        var nonce = Guid.NewGuid().ToString("N");
        await links.IssueAsync(nonce, to, "messenger", Start.AddDays(30), Start);
        var (outcome, primary) = await links.RedeemAsync(nonce, key, "messenger", Start);
        Assert.Equal((Majordome.Bot.Identity.LinkRedemption.Linked, to), (outcome, primary));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);
}

public sealed class SqliteExperimentStoreTests : ExperimentStoreTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresExperimentStoreTests : ExperimentStoreTests
{
    private readonly PostgresTestDatabase _database = new("experimentstoretests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
