using Majordome.Bot.Content;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Bot.Content;

namespace Majordome.Tests.Dialogs.Commerce;

/// <summary>The rules on the shipped brand/ content, with live stock equal to the catalog's initial figures.</summary>
public sealed class ShippedCatalogQuantityTests
{
    private static readonly ICatalog Catalog = new LoadedCatalog(ShippedBrand.Content.Products);
    private static readonly BrandSettings Settings = ShippedBrand.Content.Settings;

    [Theory]
    [InlineData("CAP-ARPEGGIO", "30 capsules", Languages.French, QuantityReason.Ok, 3)]
    [InlineData("CAP-ARPEGGIO", "3 étuis", Languages.French, QuantityReason.Ok, 3)]
    [InlineData("CAP-ARPEGGIO", "a dozen sleeves", Languages.English, QuantityReason.Ok, 12)]
    [InlineData("CAP-ARPEGGIO", "25 capsules", Languages.French, QuantityReason.NotAMultipleOfSleeve, 0)]
    [InlineData("CAP-ARPEGGIO", "21", Languages.French, QuantityReason.AboveMaxPerLine, 0)]
    [InlineData("CAP-MINUIT", "2", Languages.French, QuantityReason.OutOfStock, 0)]
    [InlineData("MAC-PICCOLA", "two", Languages.English, QuantityReason.Ok, 2)]
    [InlineData("MAC-VIRTUOSE", "6", Languages.French, QuantityReason.NotEnoughStock, 0)]
    [InlineData("MAC-ESCALE", "1", Languages.French, QuantityReason.OutOfStock, 0)]
    public async Task ParseThenCheckAsync_ShippedProduct_GivesReason(string sku, string text, string language, QuantityReason reason, int units)
    {
        var product = Catalog.FindBySku(sku)!;
        var requested = QuantityParser.Parse(text, language, product)!;

        var check = await QuantityRules.CheckAsync(product, requested, Settings, 0, Catalog, StockStore.FromCatalog(Catalog).Object);

        Assert.Equal(reason, check.Reason);
        Assert.Equal(units, check.Units);
    }

    [Fact]
    public async Task CheckAsync_ShippedMinuitSoldOut_ProposesNocturneThenRistretto()
    {
        var minuit = Catalog.FindBySku("CAP-MINUIT")!;

        var check = await QuantityRules.CheckAsync(minuit, RequestedQuantity.Units(1), Settings, 0, Catalog, StockStore.FromCatalog(Catalog).Object);

        Assert.Equal(["CAP-NOCTURNE", "CAP-RISTRETTO"], check.Alternatives.Select(p => p.Sku));
    }

    [Fact]
    public async Task CheckAsync_ShippedEscaleSoldOut_ProposesPiccola()
    {
        var escale = Catalog.FindBySku("MAC-ESCALE")!;

        var check = await QuantityRules.CheckAsync(escale, RequestedQuantity.Units(1), Settings, 0, Catalog, StockStore.FromCatalog(Catalog).Object);

        Assert.Equal(["MAC-PICCOLA"], check.Alternatives.Select(p => p.Sku));
    }

    [Fact]
    public void ShippedCatalog_EverySimilarSku_Exists()
    {
        // A typo in catalog.yaml would silently shrink the suggestions: SimilarProducts skips unknown skus.
        var unknown = Catalog.Products.SelectMany(p => p.Similar).Where(s => Catalog.FindBySku(s) is null);

        Assert.Empty(unknown);
    }
}
