using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Engine;
using Newtonsoft.Json;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class CartTests
{
    [Fact]
    public void New_HasNoLines_IsEmpty()
    {
        Assert.True(new Cart().IsEmpty);
    }

    [Fact]
    public void Add_NewSku_AppendsLine()
    {
        var cart = CommerceData.CartWith(("CAP-A", 2), ("MAC-B", 1));

        Assert.False(cart.IsEmpty);
        Assert.Equal(["CAP-A", "MAC-B"], cart.Lines.Select(l => l.Sku));
        Assert.Equal(2, cart.QuantityOf("CAP-A"));
    }

    [Fact]
    public void Add_SameSkuAnyCase_AddsToExistingLine()
    {
        var cart = CommerceData.CartWith(("CAP-A", 2), ("cap-a", 3));

        var line = Assert.Single(cart.Lines);
        Assert.Equal("CAP-A", line.Sku);
        Assert.Equal(5, line.Quantity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Add_NotPositive_Throws(int quantity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Cart().Add("CAP-A", quantity));
    }

    [Fact]
    public void SetQuantity_ExistingLine_ReplacesQuantity()
    {
        var cart = CommerceData.CartWith(("CAP-A", 2));

        cart.SetQuantity("CAP-A", 7);

        Assert.Equal(7, cart.QuantityOf("CAP-A"));
    }

    [Fact]
    public void SetQuantity_MissingLine_AddsIt()
    {
        var cart = new Cart();

        cart.SetQuantity("CAP-A", 3);

        Assert.Equal(3, cart.QuantityOf("CAP-A"));
    }

    [Fact]
    public void SetQuantity_Zero_RemovesLine()
    {
        var cart = CommerceData.CartWith(("CAP-A", 2), ("MAC-B", 1));

        cart.SetQuantity("CAP-A", 0);

        Assert.Equal(["MAC-B"], cart.Lines.Select(l => l.Sku));
    }

    [Fact]
    public void SetQuantity_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CommerceData.CartWith(("CAP-A", 2)).SetQuantity("CAP-A", -1));
    }

    [Fact]
    public void Remove_HeldSku_RemovesAndReturnsTrue()
    {
        var cart = CommerceData.CartWith(("CAP-A", 2));

        Assert.True(cart.Remove("cap-a"));
        Assert.True(cart.IsEmpty);
    }

    [Fact]
    public void Remove_UnknownSku_ReturnsFalse()
    {
        Assert.False(CommerceData.CartWith(("CAP-A", 2)).Remove("MAC-B"));
    }

    [Fact]
    public void Clear_Filled_IsEmpty()
    {
        var cart = CommerceData.CartWith(("CAP-A", 2), ("MAC-B", 1));

        cart.Clear();

        Assert.True(cart.IsEmpty);
    }

    [Fact]
    public void Newtonsoft_RoundTrip_KeepsLinesInOrder()
    {
        var cart = CommerceData.CartWith(("CAP-A", 2), ("MAC-B", 1));

        var json = JsonConvert.SerializeObject(cart);
        var back = JsonConvert.DeserializeObject<Cart>(json)!;

        Assert.Equal(Content(cart), Content(back));
        Assert.Equal(json, JsonConvert.SerializeObject(back));
    }

    [Fact]
    public void Newtonsoft_Serialize_IsPlainJsonWithoutTypeNamesOrIsEmpty()
    {
        var json = JsonConvert.SerializeObject(CommerceData.CartWith(("CAP-A", 2)));

        Assert.Equal("""{"Lines":[{"Sku":"CAP-A","Quantity":2}]}""", json);
    }

    [Fact]
    public void JsonValue_RoundTripAsDialogStateDoes_KeepsLines()
    {
        var cart = CommerceData.CartWith(("CAP-A", 2), ("MAC-B", 1));

        var back = JsonValue.To<Cart>(JsonValue.From(cart))!;

        Assert.Equal(Content(cart), Content(back));
    }

    [Fact]
    public void Newtonsoft_EmptyCart_RoundTripsEmpty()
    {
        var back = JsonConvert.DeserializeObject<Cart>(JsonConvert.SerializeObject(new Cart()))!;

        Assert.True(back.IsEmpty);
    }

    private static List<(string, int)> Content(Cart cart) => [.. cart.Lines.Select(l => (l.Sku, l.Quantity))];
}
