using Majordome.Bot.Data;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Hosting;

/// <summary>
/// At start-up, registers every catalog product in the business database with the stock written in
/// catalog.yaml. Products already there keep the stock orders left them, so a restart never refills shelves.
/// </summary>
public sealed class StockSeeder : IHostedService
{
    private readonly SqlOrderStore _orders;
    private readonly ICatalog _catalog;

    /// <summary>Creates the seeder.</summary>
    public StockSeeder(SqlOrderStore orders, ICatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(catalog);
        _orders = orders;
        _catalog = catalog;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) =>
        _orders.EnsureProductsAsync(_catalog.Products.Select(p => (p.Sku, p.Stock)), cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
