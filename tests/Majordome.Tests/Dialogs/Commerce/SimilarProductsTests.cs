using Majordome.Dialogs.Commerce;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class SimilarProductsTests
{
    [Fact]
    public async Task InStockAsync_UnknownSelfDuplicateAndSoldOut_AreSkippedInMarketerOrder()
    {
        var product = CommerceData.Capsule("CAP-A", similar: ["CAP-GONE", "CAP-C", "cap-a", "CAP-B", "CAP-c", "CAP-D"]);
        var catalog = CommerceData.Catalog(product, CommerceData.Capsule("CAP-B"), CommerceData.Capsule("CAP-C"), CommerceData.Capsule("CAP-D"));
        var store = StockStore.With(("CAP-B", 5), ("CAP-C", 1), ("CAP-D", 0));

        var similar = await SimilarProducts.InStockAsync(product, catalog, store.Object);

        Assert.Equal(["CAP-C", "CAP-B"], similar.Select(p => p.Sku));
    }

    [Fact]
    public async Task InStockAsync_NoSimilar_IsEmpty()
    {
        var product = CommerceData.Machine("MAC-A");

        Assert.Empty(await SimilarProducts.InStockAsync(product, CommerceData.Catalog(product), StockStore.With().Object));
    }
}
