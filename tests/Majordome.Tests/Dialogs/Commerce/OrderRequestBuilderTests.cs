using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class OrderRequestBuilderTests
{
    private static readonly Delivery Home = Deliveries.Home(new PostalAddress("12 rue de la Roquette", "75011", "Paris"));
    private static readonly Delivery PickUp = Deliveries.PickUp("paris-opera");

    [Fact]
    public void Build_HomeDelivery_FreezesPricesNamesAndFeePaidOnDelivery()
    {
        var priced = Priced(DeliveryMode.Home, price: 4.20m, quantity: 3);

        var request = OrderRequestBuilder.Build("test/user-1", Languages.French, priced, Home, "client@example.fr");

        Assert.Equal(new OrderLine("CAP-A", "CAP-A fr", 4.20m, 3), Assert.Single(request.Lines));
        Assert.Equal(4.90m, request.DeliveryFee);
        Assert.Equal(PaymentMethod.OnDelivery, request.Payment);
        Assert.Equal(("test/user-1", "fr", "client@example.fr"), (request.CustomerKey, request.Language, request.Email));
        Assert.Same(Home, request.Delivery);
    }

    [Fact]
    public void Build_PickUp_NoFeePaidAtPickUpNameInEnglish()
    {
        var request = OrderRequestBuilder.Build("test/user-1", Languages.English, Priced(DeliveryMode.PickUp), PickUp, "client@example.fr");

        Assert.Equal(0m, request.DeliveryFee);
        Assert.Equal(PaymentMethod.AtPickUp, request.Payment);
        Assert.Equal("CAP-A en", request.Lines[0].Name);
    }

    [Fact]
    public void Build_PriceChangesAfterPricing_KeepsThePriceTheCustomerSaw()
    {
        var shown = Priced(DeliveryMode.Home, price: 4.20m);
        _ = CartPricing.Price(CommerceData.CartWith(("CAP-A", 1)), CommerceData.Catalog(CommerceData.Capsule("CAP-A", price: 9m)), CommerceData.Settings, DeliveryMode.Home);

        Assert.Equal(4.20m, OrderRequestBuilder.Build("k", "fr", shown, Home, "a@b.fr").Lines[0].UnitPrice);
    }

    [Theory]
    [InlineData(DeliveryMode.PickUp, PaymentMethod.AtPickUp)]
    [InlineData(DeliveryMode.Home, PaymentMethod.OnDelivery)]
    public void PaymentFor_Mode_FollowsDelivery(DeliveryMode mode, PaymentMethod payment)
    {
        Assert.Equal(payment, OrderRequestBuilder.PaymentFor(mode));
    }

    [Fact]
    public void Build_EmptyCart_Throws()
    {
        var empty = CartPricing.Price(new Cart(), CommerceData.Catalog(), CommerceData.Settings, DeliveryMode.Home);

        Assert.Throws<ArgumentException>(() => OrderRequestBuilder.Build("k", "fr", empty, Home, "a@b.fr"));
    }

    [Fact]
    public void Build_PricedForAnotherMode_ThrowsSayingToPriceAgain()
    {
        var exception = Assert.Throws<ArgumentException>(() => OrderRequestBuilder.Build("k", "fr", Priced(DeliveryMode.PickUp), Home, "a@b.fr"));

        Assert.Contains("CartPricing.Price", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeliveryMode.Home, null, "75011", "Paris", null)]
    [InlineData(DeliveryMode.Home, "12 rue X", "99000", "Paris", null)]
    [InlineData(DeliveryMode.Home, "12 rue X", "75011", " ", null)]
    [InlineData(DeliveryMode.PickUp, null, null, null, "")]
    public void Build_IncompleteDelivery_Throws(DeliveryMode mode, string? street, string? postalCode, string? city, string? boutique)
    {
        var delivery = new Delivery(mode, street, postalCode, city, boutique);

        Assert.Throws<ArgumentException>(() => OrderRequestBuilder.Build("k", "fr", Priced(mode), delivery, "a@b.fr"));
    }

    [Fact]
    public void Build_BlankEmail_Throws()
    {
        Assert.Throws<ArgumentException>(() => OrderRequestBuilder.Build("k", "fr", Priced(DeliveryMode.Home), Home, " "));
    }

    private static PricedCart Priced(DeliveryMode mode, decimal price = 4.20m, int quantity = 1) =>
        CartPricing.Price(CommerceData.CartWith(("CAP-A", quantity)), CommerceData.Catalog(CommerceData.Capsule("CAP-A", price: price)), CommerceData.Settings, mode);
}
