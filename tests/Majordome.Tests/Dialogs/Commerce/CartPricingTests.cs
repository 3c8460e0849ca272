using System.Globalization;
using Majordome.Bot.Content;
using Majordome.Dialogs.Commerce;
using Majordome.Tests.Bot.Content;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class CartPricingTests
{
    [Theory]
    [InlineData("44.99", "4.90", "0.01")]
    [InlineData("45.00", "0", "0")]
    [InlineData("45.01", "0", "0")]
    [InlineData("10", "4.90", "35")]
    public void Price_HomeAroundThreshold_ChargesFeeBelowFreeFrom(string subtotal, string fee, string toFree)
    {
        var product = CommerceData.Machine("ACC-A", price: Amount(subtotal));

        var priced = CartPricing.Price(CommerceData.CartWith(("ACC-A", 1)), CommerceData.Catalog(product), CommerceData.Settings, DeliveryMode.Home);

        Assert.Equal(Amount(subtotal), priced.Subtotal);
        Assert.Equal(Amount(fee), priced.DeliveryFee);
        Assert.Equal(Amount(toFree), priced.AmountToFreeDelivery);
        Assert.Equal(Amount(subtotal) + Amount(fee), priced.Total);
    }

    [Fact]
    public void Price_PickUpBelowThreshold_NoFeeNothingToSpend()
    {
        var product = CommerceData.Machine("ACC-A", price: 10m);

        var priced = CartPricing.Price(CommerceData.CartWith(("ACC-A", 1)), CommerceData.Catalog(product), CommerceData.Settings, DeliveryMode.PickUp);

        Assert.Equal(DeliveryMode.PickUp, priced.Mode);
        Assert.Equal(0m, priced.DeliveryFee);
        Assert.Equal(0m, priced.AmountToFreeDelivery);
        Assert.Equal(10m, priced.Total);
    }

    [Fact]
    public void Price_Lines_CarryNameUnitPriceQuantityAndTotalInCartOrder()
    {
        var catalog = CommerceData.Catalog(CommerceData.Capsule("CAP-A", price: 4.20m), CommerceData.Machine("MAC-B", price: 99m));

        var priced = CartPricing.Price(CommerceData.CartWith(("MAC-B", 1), ("cap-a", 3)), catalog, CommerceData.Settings, DeliveryMode.Home);

        Assert.Equal(
            [("MAC-B", "MAC-B en", 99m, 1, 99m), ("CAP-A", "CAP-A en", 4.20m, 3, 12.60m)],
            priced.Lines.Select(l => (l.Sku, l.Name.En, l.UnitPrice, l.Quantity, l.Total)));
        Assert.Equal(111.60m, priced.Subtotal);
        Assert.Equal(0m, priced.DeliveryFee);
        Assert.Empty(priced.RemovedSkus);
    }

    [Fact]
    public void Price_ProductRemovedFromCatalog_ReportedAndLeftOutOfAmounts()
    {
        var catalog = CommerceData.Catalog(CommerceData.Capsule("CAP-A", price: 4.20m));

        var priced = CartPricing.Price(CommerceData.CartWith(("CAP-A", 2), ("CAP-GONE", 5)), catalog, CommerceData.Settings, DeliveryMode.Home);

        Assert.Equal(["CAP-GONE"], priced.RemovedSkus);
        Assert.Equal(["CAP-A"], priced.Lines.Select(l => l.Sku));
        Assert.Equal(8.40m, priced.Subtotal);
        Assert.Equal(13.30m, priced.Total);
    }

    [Fact]
    public void Price_OnlyRemovedProducts_IsEmptyWithoutFee()
    {
        var priced = CartPricing.Price(CommerceData.CartWith(("CAP-GONE", 5)), CommerceData.Catalog(), CommerceData.Settings, DeliveryMode.Home);

        Assert.True(priced.IsEmpty);
        Assert.Equal(0m, priced.Total);
        Assert.Equal(0m, priced.AmountToFreeDelivery);
    }

    [Fact]
    public void Price_EmptyCart_CostsNothing()
    {
        var priced = CartPricing.Price(new Cart(), CommerceData.Catalog(), CommerceData.Settings, DeliveryMode.Home);

        Assert.True(priced.IsEmpty);
        Assert.Equal(0m, priced.DeliveryFee);
        Assert.Equal(0m, priced.Total);
    }

    [Theory]
    [InlineData(9, "40.50", "4.90", "4.50")]
    [InlineData(10, "45.00", "0", "0")]
    public void Price_ShippedSiroccoSleeves_ReachThresholdAtTen(int sleeves, string subtotal, string fee, string toFree)
    {
        // CAP-SIROCCO costs 4.50 a sleeve in the shipped catalog: 10 sleeves are exactly the 45.00 threshold.
        var catalog = new LoadedCatalog(ShippedBrand.Content.Products);

        var priced = CartPricing.Price(CommerceData.CartWith(("CAP-SIROCCO", sleeves)), catalog, ShippedBrand.Content.Settings, DeliveryMode.Home);

        Assert.Equal(Amount(subtotal), priced.Subtotal);
        Assert.Equal(Amount(fee), priced.DeliveryFee);
        Assert.Equal(Amount(toFree), priced.AmountToFreeDelivery);
    }

    private static decimal Amount(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
