using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Moq;

namespace Majordome.Tests.Dialogs.Commerce;

/// <summary>An <see cref="IOrderStore"/> double that only answers stock questions.</summary>
internal static class StockStore
{
    public static Mock<IOrderStore> With(params (string Sku, int Stock)[] stock)
    {
        var store = new Mock<IOrderStore>(MockBehavior.Strict);
        store.Setup(s => s.GetStockAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string sku, CancellationToken _) => stock.FirstOrDefault(s => s.Sku == sku).Stock);
        return store;
    }

    /// <summary>Live stock equal to the catalog's figures, as right after the first start.</summary>
    public static Mock<IOrderStore> FromCatalog(ICatalog catalog)
    {
        var store = new Mock<IOrderStore>(MockBehavior.Strict);
        store.Setup(s => s.GetStockAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string sku, CancellationToken _) => catalog.FindBySku(sku)?.Stock ?? 0);
        return store;
    }
}
