using System.Text.Json;
using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Analytics;

/// <summary>
/// The analytics command's reminders followed by an order or a booking within the configured days, on SQLite and on
/// PostgreSQL (the subclasses at the end): sent jobs, and orders and bookings inside and outside the window, before the
/// reminder and of another customer.
/// </summary>
public abstract class ProactiveFollowUpTests : IDisposable
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Sent.AddDays(-2));

    [Fact]
    public async Task Analytics_SentReminders_CountsThoseFollowedWithinTheDefaultSevenDaysByKind()
    {
        await SeedAsync();

        var (code, json) = await RunAsync(new(), "analytics", "--days", "30", "--json");

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(7, document.RootElement.GetProperty("followUpDays").GetInt32());
        Assert.Equal(
            [
                ("booking-reminder", 1, 1, "booking"),
                ("booking-thanks", 1, 0, "booking"),
                ("order-update", 1, 1, "order or booking"),
                ("reorder", 3, 1, "order"),
            ],
            FollowUps(document));
        var reorder = document.RootElement.GetProperty("proactiveFollowUps").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "reorder");
        Assert.Equal(1.0 / 3, reorder.GetProperty("rate").GetDouble(), 3);
    }

    [Fact]
    public async Task Analytics_FollowUpDaysConfigured_WidensTheWindow_AndTheTextShowsIt()
    {
        await SeedAsync();

        var (code, json) = await RunAsync(new() { ["Proactive:FollowUpDays"] = "10" }, "analytics", "--days", "30", "--json");
        var (_, text) = await RunAsync(new() { ["Proactive:FollowUpDays"] = "10" }, "analytics", "--days", "30");

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(json);
        Assert.Contains(("reorder", 3, 2, "order"), FollowUps(document));
        Assert.Contains("followed within 10 day(s)", text, StringComparison.Ordinal);
        Assert.Matches(@"reorder\s+3\s+order\s+2\s+67 %", text);
    }

    [Fact]
    public async Task Analytics_FollowUpDaysOutOfRange_SaysWhichSettingAndExits1()
    {
        var (code, text) = await RunAsync(new() { ["Proactive:FollowUpDays"] = "0" }, "analytics");

        Assert.Equal(1, code);
        Assert.Contains("Proactive:FollowUpDays", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the test's database.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    /// <summary>The "Storage" settings that name the test's database.</summary>
    protected abstract Dictionary<string, string?> StorageSettings();

    protected abstract void Dispose(bool disposing);

    /// <summary>
    /// Reminders sent at <see cref="Sent"/>: ana orders 3 days later (followed), bob 8 days later (only within 10),
    /// cy ordered the day before (not followed); zoe, never reminded, orders the next day; gus's reminder was dropped
    /// and his order does not count. dan books after his booking reminder (followed); eve orders after her booking
    /// thanks (an order does not follow a booking message); fay books after an order update (any one counts).
    /// </summary>
    private async Task SeedAsync()
    {
        var database = OpenDatabase();
        var orders = new SqlOrderStore(database, _time);
        var bookings = new SqlBookingStore(database, _time);
        await orders.EnsureProductsAsync([("arpeggio", 500)]);

        _time.SetUtcNow(Sent.AddDays(-1));
        await OrderAsync(orders, "fb/cy");

        _time.SetUtcNow(Sent);
        await FinishAsync(database, ProactiveKinds.Reorder, "fb/ana", ProactiveJobStatus.Sent);
        await FinishAsync(database, ProactiveKinds.Reorder, "fb/bob", ProactiveJobStatus.Sent);
        await FinishAsync(database, ProactiveKinds.Reorder, "fb/cy", ProactiveJobStatus.Sent);
        await FinishAsync(database, ProactiveKinds.Reorder, "fb/gus", ProactiveJobStatus.Dropped);
        await FinishAsync(database, ProactiveKinds.BookingReminder, "fb/dan", ProactiveJobStatus.Sent);
        await FinishAsync(database, ProactiveKinds.BookingThanks, "fb/eve", ProactiveJobStatus.Sent);
        await FinishAsync(database, ProactiveKinds.OrderUpdate, "fb/fay", ProactiveJobStatus.Sent);

        _time.SetUtcNow(Sent.AddDays(1));
        await OrderAsync(orders, "fb/zoe");
        await OrderAsync(orders, "fb/gus");
        await OrderAsync(orders, "fb/eve");
        await BookAsync(bookings, "fb/fay");
        _time.SetUtcNow(Sent.AddDays(2));
        await BookAsync(bookings, "fb/dan");
        _time.SetUtcNow(Sent.AddDays(3));
        await OrderAsync(orders, "fb/ana");
        _time.SetUtcNow(Sent.AddDays(8));
        await OrderAsync(orders, "fb/bob");
        _time.SetUtcNow(Sent.AddDays(20));
    }

    private async Task FinishAsync(BusinessDatabase database, string kind, string customer, ProactiveJobStatus status)
    {
        var job = await new SqlProactiveJobs(database, _time).ScheduleAsync(
            new ProactiveJobRequest(kind, new ProactiveAddress(customer, "facebook", customer, "c-" + customer, null, "fr-FR", null), _time.GetUtcNow().AddMinutes(-1), "{}", null));
        var claims = new ProactiveJobClaims(database, _time, "follow-up-test");
        var claimed = Assert.Single(await claims.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        Assert.Equal(job.Id, claimed.Id);
        Assert.True(await claims.FinishAsync(claimed.Id, status, status == ProactiveJobStatus.Sent ? ProactiveOutcomes.SentWithToken : ProactiveOutcomes.OutsideWindow, attempted: true));
    }

    private static async Task OrderAsync(SqlOrderStore orders, string customer) =>
        Assert.IsType<PlaceOrderResult.Placed>(await orders.PlaceOrderAsync(new OrderRequest(
            customer, "fr", [new OrderLine("arpeggio", "Arpeggio", 4.20m, 1)], new Delivery(DeliveryMode.PickUp, BoutiqueId: "bordeaux"), "a@example.com", 0m, PaymentMethod.AtPickUp)));

    private async Task BookAsync(SqlBookingStore bookings, string customer) =>
        Assert.IsType<BookingResult.Confirmed>(await bookings.BookAsync(
            new BookingRequest(customer, "bordeaux", _time.GetUtcNow().AddDays(5), 2, "Marie", "+33612345678"), capacity: 12));

    private static List<(string Kind, int Sent, int Followed, string By)> FollowUps(JsonDocument document) =>
        [.. document.RootElement.GetProperty("proactiveFollowUps").EnumerateArray().Select(e => (
            e.GetProperty("kind").GetString()!, e.GetProperty("sent").GetInt32(), e.GetProperty("followed").GetInt32(), e.GetProperty("followedBy").GetString()!))];

    private async Task<(int Code, string Text)> RunAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        foreach (var (key, value) in StorageSettings())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var code = await AnalyticsCommand.RunAsync(args, configuration, output, _time);
        return (code, output.ToString());
    }
}

public sealed class SqliteProactiveFollowUpTests : ProactiveFollowUpTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override Dictionary<string, string?> StorageSettings() => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = _file.Directory,
        ["Storage:FileName"] = _file.Options.FileName,
    };

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresProactiveFollowUpTests : ProactiveFollowUpTests
{
    private readonly PostgresTestDatabase _database = new("proactivefollowuptests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override Dictionary<string, string?> StorageSettings() => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = _database.ConnectionString,
    };

    protected override void Dispose(bool disposing) => _database.Dispose();
}
