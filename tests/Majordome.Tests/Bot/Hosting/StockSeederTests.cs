using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Hosting;

public sealed class StockSeederTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new();

    [Fact]
    public async Task Start_RegistersEveryCatalogProductWithItsStock()
    {
        var catalog = _factory.Services.GetRequiredService<ICatalog>();
        var orders = _factory.Services.GetRequiredService<IOrderStore>();

        foreach (var product in catalog.Products)
        {
            Assert.Equal(product.Stock, await orders.GetStockAsync(product.Sku));
        }

        Assert.True(catalog.Products.Count >= 25);
    }

    public void Dispose() => _factory.Dispose();
}
