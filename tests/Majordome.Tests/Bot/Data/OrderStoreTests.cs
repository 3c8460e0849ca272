using Majordome.Bot.Data;
using Majordome.Dialogs.Commerce;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Data;

/// <summary>The store's behaviour, run on SQLite and on PostgreSQL by the subclasses at the end of this file.</summary>
public abstract class OrderStoreTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task PlaceOrder_SavesWithAReadableNumberFrozenPricesAndDecrementsStock()
    {
        var store = await NewStoreAsync(("arpeggio", 50), ("lungo", 20));

        var result = await store.PlaceOrderAsync(Request("fb/1", ("arpeggio", 4.20m, 3), ("lungo", 4.50m, 2)));

        var placed = Assert.IsType<PlaceOrderResult.Placed>(result);
        Assert.Equal(1001, placed.Order.Number);
        Assert.Equal(21.60m, placed.Order.Subtotal);
        Assert.Equal(26.50m, placed.Order.Total);
        Assert.Equal(47, await store.GetStockAsync("arpeggio"));
        Assert.Equal(18, await store.GetStockAsync("lungo"));
    }

    [Fact]
    public async Task PlaceOrder_NotEnoughStockForOneLine_SavesNothingAndTakesNothing()
    {
        var store = await NewStoreAsync(("arpeggio", 50), ("lungo", 1));

        var result = await store.PlaceOrderAsync(Request("fb/1", ("arpeggio", 4.20m, 3), ("lungo", 4.50m, 2)));

        var refused = Assert.IsType<PlaceOrderResult.OutOfStock>(result);
        Assert.Equal(("lungo", 1), (refused.Sku, refused.Available));
        Assert.Equal(50, await store.GetStockAsync("arpeggio"));
        Assert.Empty(await store.ListOrdersAsync("fb/1"));
    }

    [Fact]
    public async Task FindOrder_ByAnotherCustomer_ReturnsNothing()
    {
        var store = await NewStoreAsync(("arpeggio", 50));
        var placed = (PlaceOrderResult.Placed)await store.PlaceOrderAsync(Request("fb/alice", ("arpeggio", 4.20m, 1)));

        Assert.NotNull(await store.FindOrderAsync(placed.Order.Number, "fb/alice"));
        Assert.Null(await store.FindOrderAsync(placed.Order.Number, "fb/mallory"));
        Assert.Null(await store.FindOrderAsync(999999, "fb/alice"));
    }

    [Fact]
    public async Task Orders_SurviveARestartWithTheirPricesAndDelivery()
    {
        var store = await NewStoreAsync(("arpeggio", 50));
        await store.PlaceOrderAsync(Request("fb/1", ("arpeggio", 4.20m, 2)));

        var restarted = new SqlOrderStore(OpenDatabase(), _time);
        var order = Assert.Single(await restarted.ListOrdersAsync("fb/1"));

        Assert.Equal(new OrderLine("arpeggio", "Arpeggio", 4.20m, 2), order.Lines[0]);
        Assert.Equal("75011", order.Delivery.PostalCode);
        Assert.Equal(_time.GetUtcNow(), order.PlacedAt);
    }

    [Fact]
    public async Task EnsureProducts_KnownProduct_KeepsTheStockOrdersLeft()
    {
        var store = await NewStoreAsync(("arpeggio", 5));
        await store.PlaceOrderAsync(Request("fb/1", ("arpeggio", 4.20m, 2)));

        await store.EnsureProductsAsync([("arpeggio", 5), ("ristretto", 9)]);

        Assert.Equal(3, await store.GetStockAsync("arpeggio"));
        Assert.Equal(9, await store.GetStockAsync("ristretto"));
    }

    [Fact]
    public async Task PlaceOrder_ConcurrentBuyersOfTheLastUnits_NeverOversell()
    {
        var store = await NewStoreAsync(("machine", 3));

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            new SqlOrderStore(OpenDatabase(), _time).PlaceOrderAsync(Request($"fb/{i}", ("machine", 199m, 1)))));

        Assert.Equal(3, results.Count(r => r is PlaceOrderResult.Placed));
        Assert.Equal(0, await store.GetStockAsync("machine"));
    }

    [Fact]
    public async Task PlaceOrder_SameOperationTwice_KeepsOneOrderAndTakesTheStockOnce()
    {
        var store = await NewStoreAsync(("arpeggio", 50));
        var request = Request("fb/1", ("arpeggio", 4.20m, 3)) with { OperationId = "op-1" };
        var first = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceOrderAsync(request)).Order;

        // The bot restarted (another store, other connections) and the customer said "yes" again.
        var again = await new SqlOrderStore(OpenDatabase(), _time).PlaceOrderAsync(request);

        var replayed = Assert.IsType<PlaceOrderResult.AlreadyPlaced>(again).Order;
        Assert.Equal((first.Number, first.Total, first.Lines[0]), (replayed.Number, replayed.Total, replayed.Lines[0]));
        Assert.Equal(47, await store.GetStockAsync("arpeggio"));
        Assert.Single(await store.ListOrdersAsync("fb/1"));
    }

    [Fact]
    public async Task PlaceOrder_SameOperationAfterItTookTheLastUnit_IsAlreadyPlacedNotOutOfStock()
    {
        var store = await NewStoreAsync(("machine", 1));
        var request = Request("fb/1", ("machine", 199m, 1)) with { OperationId = "op-last-unit" };
        var first = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceOrderAsync(request)).Order;

        var again = await store.PlaceOrderAsync(request);

        Assert.Equal(first.Number, Assert.IsType<PlaceOrderResult.AlreadyPlaced>(again).Order.Number);
    }

    [Fact]
    public async Task PlaceOrder_SameOperationFromFiveProcessesAtOnce_OrdersOnce()
    {
        var store = await NewStoreAsync(("arpeggio", 50));
        var request = Request("fb/1", ("arpeggio", 4.20m, 2)) with { OperationId = "op-race" };

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => new SqlOrderStore(OpenDatabase(), _time).PlaceOrderAsync(request)));

        var placed = Assert.Single(results.OfType<PlaceOrderResult.Placed>()).Order;
        Assert.Equal(4, results.OfType<PlaceOrderResult.AlreadyPlaced>().Count(r => r.Order.Number == placed.Number));
        Assert.Equal(48, await store.GetStockAsync("arpeggio"));
    }

    [Fact]
    public async Task PlaceOrder_AnotherCustomersOperation_IsRefusedAndTakesNothing()
    {
        var store = await NewStoreAsync(("arpeggio", 50));
        await store.PlaceOrderAsync(Request("fb/alice", ("arpeggio", 4.20m, 1)) with { OperationId = "op-alice" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.PlaceOrderAsync(Request("fb/mallory", ("arpeggio", 4.20m, 1)) with { OperationId = "op-alice" }));

        Assert.Empty(await store.ListOrdersAsync("fb/mallory"));
        Assert.Equal(49, await store.GetStockAsync("arpeggio"));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections, as another bot process.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private async Task<SqlOrderStore> NewStoreAsync(params (string Sku, int Stock)[] products)
    {
        var store = new SqlOrderStore(OpenDatabase(), _time);
        await store.EnsureProductsAsync(products);
        return store;
    }

    private static OrderRequest Request(string customer, params (string Sku, decimal Price, int Quantity)[] lines) => new(
        customer,
        "fr",
        lines.Select(l => new OrderLine(l.Sku, char.ToUpperInvariant(l.Sku[0]) + l.Sku[1..], l.Price, l.Quantity)).ToList(),
        new Delivery(DeliveryMode.Home, "12 rue de la Roquette", "75011", "Paris"),
        "marie@exemple.fr",
        4.90m,
        PaymentMethod.OnDelivery);
}

public sealed class SqliteOrderStoreTests : OrderStoreTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresOrderStoreTests : OrderStoreTests
{
    private readonly PostgresTestDatabase _database = new("orderstoretests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
