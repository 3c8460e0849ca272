using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Anticipation.BackInStock;

/// <summary>
/// The waiting list and the restock on both engines (SQLite below, PostgreSQL below), with the real scheduler and a
/// fake clock: one row per customer and product, one message per waiting customer when the product comes back from
/// zero, none otherwise, and a customer told waits again only if they ask again.
/// </summary>
public abstract class StockWaitingListTests : IDisposable
{
    private const string Minuit = "CAP-MINUIT";
    private const string Lungo = "CAP-LUNGO";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero));
    private BusinessDatabase? _database;

    private BusinessDatabase Database => _database ??= OpenDatabase();

    protected abstract BusinessDatabase OpenDatabase();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    private static StockWaiter Waiter(string user, string sku = Minuit, string wording = "Voulez-vous que je vous prévienne dès que Minuit sera de retour en stock ?") =>
        new(new ProactiveAddress("webchat/" + user, "webchat", user, "conversation-" + user, null, "fr-FR", "Europe/Paris"), sku, wording, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private async Task<(SqlOrderStore Stock, SqlStockWaitingList List, SqlProactiveJobs Jobs, AnticipationServices Anticipation)> OpenAsync()
    {
        var stock = new SqlOrderStore(Database, _clock);
        await stock.EnsureProductsAsync([(Minuit, 0), (Lungo, 5)]);
        var list = new SqlStockWaitingList(Database);
        var jobs = new SqlProactiveJobs(Database, _clock);
        var anticipation = new AnticipationServices(jobs, new SqlProactiveConsents(Database, jobs), Options.Create(new AnticipationOptions()), time: _clock, waitingList: list);
        return (stock, list, jobs, anticipation);
    }

    [Fact]
    public async Task Add_SameCustomerAndProductTwice_OneRow_WithTheWordsAccepted()
    {
        var (_, list, _, _) = await OpenAsync();

        Assert.True(await list.AddAsync(Waiter("alice")));
        Assert.False(await list.AddAsync(Waiter("alice", wording: "autre chose")));
        Assert.True(await list.AddAsync(Waiter("alice", Lungo)));

        var waiting = Assert.Single(await list.ListWaitingAsync(Minuit));
        Assert.Equal(("webchat/alice", "conversation-alice", "Europe/Paris"), (waiting.To.CustomerKey, waiting.To.ConversationId, waiting.To.TimeZone));
        Assert.Equal("Voulez-vous que je vous prévienne dès que Minuit sera de retour en stock ?", waiting.Wording);
    }

    [Fact]
    public async Task Restock_FromZero_OneJobPerWaitingCustomer_DueNow_AndTheyAreNotWaitingAnyMore()
    {
        var (stock, list, jobs, anticipation) = await OpenAsync();
        await list.AddAsync(Waiter("alice"));
        await list.AddAsync(Waiter("bob"));
        await list.AddAsync(Waiter("carol", Lungo));

        var (change, scheduled) = await StockRestock.ApplyAsync(stock, anticipation, Minuit, 24);

        Assert.Equal((0, 24), (change!.Previous, change.Current));
        Assert.Equal(24, await stock.GetStockAsync(Minuit));
        Assert.Equal(["webchat/alice", "webchat/bob"], scheduled.Select(j => j.Request.To.CustomerKey).Order());
        Assert.All(scheduled, j => Assert.Equal((ProactiveKinds.BackInStock, _clock.GetUtcNow(), Minuit), (j.Request.Kind, j.Request.DueAt, BackInStockScheduling.SkuOf(j))));
        Assert.Equal(2, scheduled.Select(j => j.Request.OnceKey).Distinct().Count());
        Assert.Empty(await list.ListWaitingAsync(Minuit));
        Assert.True(await list.IsNotifiedAsync("webchat/alice", Minuit));
        Assert.False(await list.IsNotifiedAsync("webchat/carol", Lungo));
        Assert.Empty(await jobs.ListForCustomerAsync("webchat/carol"));
    }

    [Fact]
    public async Task Restock_StillZero_SchedulesNothing()
    {
        var (stock, list, jobs, anticipation) = await OpenAsync();
        await list.AddAsync(Waiter("alice"));

        var (zero, none) = await StockRestock.ApplyAsync(stock, anticipation, Minuit, 0);

        Assert.Equal((0, 0), (zero!.Previous, zero.Current));
        Assert.Empty(none);
        Assert.Single(await list.ListWaitingAsync(Minuit));
        Assert.Empty(await jobs.ListForCustomerAsync("webchat/alice"));
    }

    [Fact]
    public async Task Restock_StoredButNeverAnnounced_TheNextStockSetTellsTheWaitingCustomers()
    {
        // A crash after the new stock was stored and before the messages were scheduled: the back office's retry finds
        // the product already in stock (6 → 6). The customers still on the list are told then, once.
        var (stock, list, jobs, anticipation) = await OpenAsync();
        await list.AddAsync(Waiter("alice"));
        await stock.SetStockAsync(Minuit, 6);

        var (retry, told) = await StockRestock.ApplyAsync(stock, anticipation, Minuit, 6);
        var (_, again) = await StockRestock.ApplyAsync(stock, anticipation, Minuit, 8);

        Assert.Equal((6, 6), (retry!.Previous, retry.Current));
        Assert.Equal("webchat/alice", Assert.Single(told).Request.To.CustomerKey);
        Assert.Empty(again);
        Assert.Single(await jobs.ListForCustomerAsync("webchat/alice"));
        Assert.Empty(await list.ListWaitingAsync(Minuit));
    }

    [Fact]
    public async Task ToldThenSoldOutAgain_WaitsAgainOnlyIfAskedAgain_AndTheNextRestockTellsOnceMore()
    {
        var (stock, list, jobs, anticipation) = await OpenAsync();
        await list.AddAsync(Waiter("alice"));
        await list.AddAsync(Waiter("bob"));
        await StockRestock.ApplyAsync(stock, anticipation, Minuit, 3);
        await StockRestock.ApplyAsync(stock, anticipation, Minuit, 0);
        _clock.Advance(TimeSpan.FromDays(3));

        Assert.True(await list.AddAsync(Waiter("alice") with { AskedAt = _clock.GetUtcNow() }));
        var (_, second) = await StockRestock.ApplyAsync(stock, anticipation, Minuit, 10);

        var again = Assert.Single(second);
        Assert.Equal("webchat/alice", again.Request.To.CustomerKey);
        Assert.Equal(2, (await jobs.ListForCustomerAsync("webchat/alice")).Select(j => j.Request.OnceKey).Distinct().Count());
        Assert.Single(await jobs.ListForCustomerAsync("webchat/bob"));
    }

    [Fact]
    public async Task Restock_Replayed_TellsNobodyTwice()
    {
        // A crash after scheduling and before marking leaves the customer waiting: the replay of the same restock
        // finds their job by its once-key.
        var (stock, list, jobs, anticipation) = await OpenAsync();
        await list.AddAsync(Waiter("alice"));
        var change = await stock.SetStockAsync(Minuit, 6);
        var scheduling = new BackInStockScheduling(jobs, new ForgetfulList(list), _clock);

        var first = Assert.Single(await scheduling.ScheduleAsync(change!));
        var replay = Assert.Single(await new BackInStockScheduling(jobs, list, _clock).ScheduleAsync(change!));

        Assert.Equal(first.Id, replay.Id);
        Assert.Single(await jobs.ListForCustomerAsync("webchat/alice"));
        Assert.Empty(await list.ListWaitingAsync(Minuit));
    }

    [Fact]
    public async Task UnknownProduct_NothingChanges()
    {
        var (stock, _, _, anticipation) = await OpenAsync();

        var (change, jobs) = await StockRestock.ApplyAsync(stock, anticipation, "CAP-INCONNU", 4);

        Assert.Null(change);
        Assert.Empty(jobs);
    }

    /// <summary>A list whose marks are lost, as when the process dies between scheduling and marking.</summary>
    private sealed class ForgetfulList(IStockWaitingList inner) : IStockWaitingList
    {
        public Task<bool> AddAsync(StockWaiter waiter, CancellationToken cancellationToken = default) => inner.AddAsync(waiter, cancellationToken);

        public Task<IReadOnlyList<StockWaiter>> ListWaitingAsync(string sku, CancellationToken cancellationToken = default) => inner.ListWaitingAsync(sku, cancellationToken);

        public Task MarkNotifiedAsync(string customerKey, string sku, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<StockWaiter?> FindAsync(string customerKey, string sku, CancellationToken cancellationToken = default) => inner.FindAsync(customerKey, sku, cancellationToken);
    }
}

public sealed class SqliteStockWaitingListTests : StockWaitingListTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresStockWaitingListTests : StockWaitingListTests
{
    private readonly PostgresTestDatabase _database = new("waiting-list");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
