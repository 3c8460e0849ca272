using Majordome.Cards.Orders;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Orders;

public class OrderStatusCardTests
{
    [Fact]
    public void Render_Shipped_ShowsStageDatesAndTrackingLink()
    {
        var card = OrderStatusCard.Render(SampleCards.Status, "en", strict: true);
        var strings = CardJson.Strings(card);

        Assert.Contains("Status of order no. MT-2025-0042", strings);
        Assert.Contains("Shipped", strings);
        Assert.Contains("Sunday 15 June 2025 at 9:05 am", strings);
        Assert.Contains("Tuesday 17 June 2025", strings);
        var openUrl = CardJson.Actions(card).Single(a => (string?)a["type"] == "Action.OpenUrl");
        Assert.Equal("https://carrier.example/track/XY123456789FR", (string?)openUrl["url"]);
        Assert.Equal(
            [JObject.Parse("""{ "action": "talkToHuman", "orderNumber": "MT-2025-0042" }"""), JObject.Parse("""{ "action": "menu" }""")],
            CardJson.SubmitValues(card), JToken.EqualityComparer);
    }

    [Fact]
    public void Render_WithoutTrackingOrDate_LeavesThemOut()
    {
        var card = OrderStatusCard.Render(new OrderStatusCardData("MT-1", OrderStage.Preparing, SampleCards.Status.UpdatedAt), "fr", strict: true);

        Assert.DoesNotContain(CardJson.Actions(card), a => (string?)a["type"] == "Action.OpenUrl");
        Assert.Single((JArray)card["body"]![2]!["facts"]!);
        Assert.Contains("En préparation", CardJson.Strings(card));
    }

    [Theory]
    [InlineData(OrderStage.Received, "Commande reçue", "Order received")]
    [InlineData(OrderStage.Preparing, "En préparation", "Being prepared")]
    [InlineData(OrderStage.Shipped, "Expédiée", "Shipped")]
    [InlineData(OrderStage.ReadyForPickUp, "Prête à être retirée", "Ready for pick-up")]
    [InlineData(OrderStage.Delivered, "Livrée", "Delivered")]
    [InlineData(OrderStage.Cancelled, "Annulée", "Cancelled")]
    public void ToText_EveryStage_IsNamedInBothLanguages(OrderStage stage, string french, string english)
    {
        var data = new OrderStatusCardData("MT-1", stage, SampleCards.Status.UpdatedAt);

        Assert.Equal(french, OrderStatusCard.ToText(data, "fr").Split('\n')[1]);
        Assert.Equal(english, OrderStatusCard.ToText(data, "en").Split('\n')[1]);
    }

    [Fact]
    public void ToText_Shipped_IncludesTheTrackingLink()
    {
        Assert.Equal(
            "Suivi de la commande n° MT-2025-0042\nExpédiée\nMise à jour\u00A0: dimanche 15 juin 2025 à 09:05\nDate prévue\u00A0: mardi 17 juin 2025\nSuivre le colis\u00A0: https://carrier.example/track/XY123456789FR",
            OrderStatusCard.ToText(SampleCards.Status, "fr"));
    }
}
