using Majordome.Cards.Orders;
using Majordome.Cards.Validation;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Orders;

public class CartCardTests
{
    [Fact]
    public void Render_Cart_ShowsLinesAndTotals()
    {
        var strings = CardJson.Strings(CartCard.Render(SampleCards.Cart, "fr", strict: true));

        Assert.Contains("Votre panier", strings);
        Assert.Contains("Espresso Forte", strings);
        Assert.Contains("2 × 4,50\u00A0€", strings);
        Assert.Contains("9,00\u00A0€", strings);
        Assert.Contains("1\u202F249,00\u00A0€", strings);
        Assert.Contains("1\u202F258,00\u00A0€", strings);
        Assert.Contains("Offerte", strings);
    }

    [Fact]
    public void Render_Cart_LineButtonsCarryNewQuantityAsNumber()
    {
        var values = CardJson.SubmitValues(CartCard.Render(SampleCards.Cart, "en", strict: true));

        // Espresso ×2: one less (1), one more (3), remove; Machine ×1: no "one less"; then checkout, continue shopping.
        Assert.Equal(
            [
                JObject.Parse("""{ "action": "setQuantity", "sku": "MT-ESP-FORTE", "quantity": 1 }"""),
                JObject.Parse("""{ "action": "setQuantity", "sku": "MT-ESP-FORTE", "quantity": 3 }"""),
                JObject.Parse("""{ "action": "removeLine", "sku": "MT-ESP-FORTE" }"""),
                JObject.Parse("""{ "action": "setQuantity", "sku": "MT-MACH-DUO", "quantity": 2 }"""),
                JObject.Parse("""{ "action": "removeLine", "sku": "MT-MACH-DUO" }"""),
                JObject.Parse("""{ "action": "checkout" }"""),
                JObject.Parse("""{ "action": "continueShopping" }"""),
            ],
            values, JToken.EqualityComparer);
        Assert.Equal(JTokenType.Integer, values[0]["quantity"]!.Type);
    }

    [Fact]
    public void Render_Summary_HasNoButtons()
    {
        // Issue 14, defect 9: at "shall I place the order?" the cart's buttons answered "please answer yes or no".
        var card = CartCard.Render(SampleCards.Cart with { Editable = false }, "en", strict: true);

        Assert.Empty(CardJson.ButtonTitles(card));
        Assert.DoesNotContain(card.Descendants().OfType<JObject>(), o => (string?)o["type"] == "ActionSet");
        Assert.Contains("Espresso Forte", CardJson.Strings(card));
        Assert.Contains("€1,258.00", CardJson.Strings(card));
    }

    [Fact]
    public void Render_EmptyCart_SaysSoWithoutCheckout()
    {
        var card = CartCard.Render(SampleCards.EmptyCart, "en", strict: true);

        Assert.Contains("Your cart is empty.", CardJson.Strings(card));
        Assert.Equal(["Continue shopping"], CardJson.ButtonTitles(card));
        Assert.DoesNotContain(card.Descendants().OfType<JObject>(), o => (string?)o["type"] == "FactSet");
    }

    [Fact]
    public void ToText_Cart_ListsLinesAndTotalsInBothLanguages()
    {
        Assert.Equal(
            "Votre panier\u00A0:\n- Espresso Forte\u00A0: 2 × 4,50\u00A0€ = 9,00\u00A0€\n- Machine Duo\u00A0: 1 × 1\u202F249,00\u00A0€ = 1\u202F249,00\u00A0€\nSous-total\u00A0: 1\u202F258,00\u00A0€\nLivraison\u00A0: Offerte\nTotal\u00A0: 1\u202F258,00\u00A0€",
            CartCard.ToText(SampleCards.Cart, "fr"));
        Assert.Equal(
            "Your cart:\n- Espresso Forte: 2 × €4.50 = €9.00\n- Machine Duo: 1 × €1,249.00 = €1,249.00\nSubtotal: €1,258.00\nDelivery: Free\nTotal: €1,258.00",
            CartCard.ToText(SampleCards.Cart, "en"));
    }

    [Fact]
    public void ToText_EmptyCart_SaysItIsEmpty()
    {
        Assert.Equal("Votre panier est vide.", CartCard.ToText(SampleCards.EmptyCart, "fr"));
    }

    [Fact]
    public void Render_TwelveLineCart_StaysWithinTheLimits()
    {
        // About 1.8 KB per line (card plus fallback text): a dozen lines must still fit Teams' 28 KB.
        var lines = Enumerable.Range(1, 12).Select(i => new OrderLine($"MT-CAPS-{i:00}", $"Capsules assortiment n° {i}", 10 + i, 4.20m)).ToList();

        var card = CartCard.Render(new CartCardData(lines, new OrderTotals(600m, 0m, 600m)), "fr", strict: true);

        Assert.Empty(CardLimitsChecker.Check(card));
    }
}
