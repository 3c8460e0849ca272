using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Moq;

namespace Majordome.Tests.Dialogs.Commerce;

/// <summary>Every rule and reason, with the shipped settings (at most 20 per line). Suggestions are written "20c" (capsules) or "8" (selling units).</summary>
public sealed class QuantityRulesTests
{
    [Theory]
    // product, said, unit ("u" selling units, "c" capsules), stock, already in cart → reason, units, suggestions
    [InlineData("capsule", 3, "u", 100, 0, QuantityReason.Ok, 3, "")]
    [InlineData("capsule", 30, "c", 100, 0, QuantityReason.Ok, 3, "")]
    [InlineData("capsule", 20, "u", 100, 0, QuantityReason.Ok, 20, "")]
    [InlineData("capsule", 5, "u", 100, 15, QuantityReason.Ok, 5, "")]
    [InlineData("machine", 2, "u", 10, 0, QuantityReason.Ok, 2, "")]
    [InlineData("machine", 3, "c", 10, 0, QuantityReason.Ok, 3, "")]
    [InlineData("capsule", 0, "u", 100, 0, QuantityReason.NotPositive, 0, "")]
    [InlineData("capsule", -2, "u", 100, 0, QuantityReason.NotPositive, 0, "")]
    [InlineData("capsule", 0, "c", 0, 0, QuantityReason.NotPositive, 0, "")]
    [InlineData("capsule", 25, "c", 100, 0, QuantityReason.NotAMultipleOfSleeve, 0, "20c,30c")]
    [InlineData("capsule", 5, "c", 100, 0, QuantityReason.NotAMultipleOfSleeve, 0, "10c")]
    [InlineData("capsule", 205, "c", 100, 0, QuantityReason.NotAMultipleOfSleeve, 0, "200c")]
    [InlineData("capsule", 25, "c", 2, 0, QuantityReason.NotAMultipleOfSleeve, 0, "20c")]
    [InlineData("capsule", 21, "u", 100, 0, QuantityReason.AboveMaxPerLine, 0, "20")]
    [InlineData("capsule", 6, "u", 100, 15, QuantityReason.AboveMaxPerLine, 0, "5")]
    [InlineData("capsule", 1, "u", 100, 20, QuantityReason.AboveMaxPerLine, 0, "")]
    [InlineData("capsule", 250, "c", 100, 0, QuantityReason.AboveMaxPerLine, 0, "200c")]
    [InlineData("capsule", 215, "c", 100, 0, QuantityReason.AboveMaxPerLine, 0, "200c")]
    [InlineData("capsule", 21, "u", 20, 0, QuantityReason.AboveMaxPerLine, 0, "20")]
    [InlineData("capsule", 1, "u", 0, 0, QuantityReason.OutOfStock, 0, "")]
    [InlineData("machine", 1, "u", -1, 0, QuantityReason.OutOfStock, 0, "")]
    [InlineData("capsule", 9, "u", 8, 0, QuantityReason.NotEnoughStock, 0, "8")]
    [InlineData("capsule", 25, "u", 8, 0, QuantityReason.NotEnoughStock, 0, "8")]
    [InlineData("capsule", 5, "u", 8, 5, QuantityReason.NotEnoughStock, 0, "3")]
    [InlineData("capsule", 1, "u", 8, 8, QuantityReason.NotEnoughStock, 0, "")]
    [InlineData("capsule", 90, "c", 8, 0, QuantityReason.NotEnoughStock, 0, "80c")]
    [InlineData("capsule", 8, "u", 8, 0, QuantityReason.Ok, 8, "")]
    public void Check_Table_ReturnsReasonUnitsAndSuggestions(
        string kind, int count, string unit, int stock, int inCart, QuantityReason reason, int units, string suggestions)
    {
        var product = kind == "capsule" ? CommerceData.Capsule("CAP-A") : CommerceData.Machine("MAC-A");
        var requested = unit == "c" ? RequestedQuantity.Capsules(count) : RequestedQuantity.Units(count);

        var check = QuantityRules.Check(product, requested, CommerceData.Settings, stock, inCart);

        Assert.Equal(reason, check.Reason);
        Assert.Equal(units, check.Units);
        Assert.Equal(reason == QuantityReason.Ok, check.IsOk);
        Assert.Equal(suggestions, string.Join(',', check.Suggestions.Select(s => s.Count + (s.InCapsules ? "c" : string.Empty))));
        Assert.Empty(check.Alternatives);
    }

    [Fact]
    public void Check_NegativeAlreadyInCart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            QuantityRules.Check(CommerceData.Capsule("CAP-A"), RequestedQuantity.Units(1), CommerceData.Settings, 10, -1));
    }

    [Fact]
    public async Task CheckAsync_OutOfStock_ProposesSimilarInStockFromLiveStock()
    {
        var minuit = CommerceData.Capsule("CAP-MINUIT", stock: 50, similar: ["CAP-NOCTURNE", "CAP-RISTRETTO", "CAP-SIROCCO"]);
        var catalog = CommerceData.Catalog(minuit, CommerceData.Capsule("CAP-NOCTURNE"), CommerceData.Capsule("CAP-RISTRETTO"), CommerceData.Capsule("CAP-SIROCCO"));
        // The live stock differs from the catalog's initial figures: orders have consumed it.
        var store = StockStore.With(("CAP-MINUIT", 0), ("CAP-NOCTURNE", 12), ("CAP-RISTRETTO", 0), ("CAP-SIROCCO", 4));

        var check = await QuantityRules.CheckAsync(minuit, RequestedQuantity.Units(2), CommerceData.Settings, 0, catalog, store.Object);

        Assert.Equal(QuantityReason.OutOfStock, check.Reason);
        Assert.Equal(["CAP-NOCTURNE", "CAP-SIROCCO"], check.Alternatives.Select(p => p.Sku));
    }

    [Fact]
    public async Task CheckAsync_InStock_UsesLiveStockAndLooksUpNoAlternative()
    {
        var product = CommerceData.Capsule("CAP-A", stock: 100, similar: ["CAP-B"]);
        var store = StockStore.With(("CAP-A", 3), ("CAP-B", 50));

        var check = await QuantityRules.CheckAsync(product, RequestedQuantity.Units(4), CommerceData.Settings, 0, CommerceData.Catalog(product), store.Object);

        Assert.Equal(QuantityReason.NotEnoughStock, check.Reason);
        Assert.Equal([RequestedQuantity.Units(3)], check.Suggestions);
        store.Verify(s => s.GetStockAsync("CAP-B", It.IsAny<CancellationToken>()), Times.Never);
    }
}
