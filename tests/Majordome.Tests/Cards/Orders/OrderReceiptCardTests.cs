using Majordome.Cards.Orders;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Orders;

public class OrderReceiptCardTests
{
    [Fact]
    public void Render_Receipt_ShowsNumberDateLinesTotalsAndDestination()
    {
        var card = OrderReceiptCard.Render(SampleCards.Receipt, "fr", strict: true);
        var strings = CardJson.Strings(card);

        Assert.Contains("Merci pour votre commande !", strings);
        Assert.Contains("Commande n° MT-2025-0042", strings);
        Assert.Contains("samedi 14 juin 2025 à 15:30", strings);
        Assert.Contains("Espresso Forte", strings);
        Assert.Contains("4,90\u00A0€", strings);
        Assert.Contains("1\u202F262,90\u00A0€", strings);
        Assert.Contains("Livraison à domicile", strings);
        Assert.Contains("12 rue des Rosiers, 75004 Paris", strings);
        Assert.Equal([JObject.Parse("""{ "action": "trackOrder", "orderNumber": "MT-2025-0042" }""")], CardJson.SubmitValues(card), JToken.EqualityComparer);
    }

    // Issue 14, defect 13: the card's TextBlocks render Markdown; the customer's address is shown as typed.
    [Fact]
    public void Render_DestinationTypedAsMarkup_IsEscapedInTheCardButNotInItsFallback()
    {
        var card = OrderReceiptCard.Render(SampleCards.Receipt with { Destination = "**12** [rue](http://evil.example) <img src=x onerror=alert(1)>" }, "en", strict: true);

        Assert.Contains(CardJson.Strings(card), s => s.Contains(@"\*\*12\*\* \[rue\](http://evil.example) \<img src=x onerror=alert(1)\>", StringComparison.Ordinal));
        Assert.EndsWith("**12** [rue](http://evil.example) <img src=x onerror=alert(1)>", (string?)card["fallbackText"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PickUp_SaysPickUpInStore()
    {
        var card = OrderReceiptCard.Render(SampleCards.Receipt with { Fulfilment = Fulfilment.PickUp, Destination = "Maison Tasse Marais" }, "en", strict: true);

        Assert.Contains("Pick-up in store", CardJson.Strings(card));
    }

    [Fact]
    public void ToText_Receipt_InBothLanguages()
    {
        Assert.Equal(
            "Thank you for your order!\nOrder no. MT-2025-0042\nDate: Saturday 14 June 2025 at 3:30 pm\n- Espresso Forte: 2 × €4.50 = €9.00\n- Machine Duo: 1 × €1,249.00 = €1,249.00\nSubtotal: €1,258.00\nDelivery: €4.90\nTotal: €1,262.90\nHome delivery: 12 rue des Rosiers, 75004 Paris",
            OrderReceiptCard.ToText(SampleCards.Receipt, "en"));
        Assert.StartsWith(
            "Merci pour votre commande !\nCommande n° MT-2025-0042\nDate\u00A0: samedi 14 juin 2025 à 15:30\n",
            OrderReceiptCard.ToText(SampleCards.Receipt, "fr"), StringComparison.Ordinal);
    }
}
