using Majordome.Cards;
using Majordome.Cards.Products;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Products;

public class ProductCardTests
{
    [Fact]
    public void Create_Coffee_ReturnsAdaptiveCardAttachmentWithItsData()
    {
        var attachment = ProductCard.Create(SampleCards.Coffee, "fr");

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var strings = CardJson.Strings((JObject)attachment.Content);
        Assert.Contains("Espresso Forte", strings);
        Assert.Contains("Un espresso corsé aux notes de cacao.", strings);
        Assert.Contains("4,50\u00A0€", strings);
        Assert.Contains("https://maisontasse.example/img/espresso-forte.jpg", strings);
        Assert.Contains("Intensité 11/13  ●●●●●●●●●●●○○", strings);
        Assert.Contains("En stock", strings);
    }

    [Fact]
    public void Render_InStock_OffersAddToCartAndSimilar()
    {
        var card = ProductCard.Render(SampleCards.Coffee, "en", strict: true);

        Assert.Equal(["Add to cart", "Similar products"], CardJson.ButtonTitles(card));
        Assert.Equal(
            [new JObject { ["action"] = CardActions.AddToCart, ["sku"] = "MT-ESP-FORTE" }, new JObject { ["action"] = CardActions.ShowSimilar, ["sku"] = "MT-ESP-FORTE" }],
            CardJson.SubmitValues(card), JToken.EqualityComparer);
    }

    [Fact]
    public void Render_SoldOut_HidesAddToCartAndSaysSo()
    {
        var card = ProductCard.Render(SampleCards.SoldOut, "fr", strict: true);

        Assert.Equal(["Produits similaires"], CardJson.ButtonTitles(card));
        Assert.Contains("Rupture de stock", CardJson.Strings(card));
        Assert.DoesNotContain(card.Descendants().OfType<JObject>(), o => (string?)o["type"] == "Image");
    }

    [Fact]
    public void Render_Machine_ListsFeaturesAndLowStockWithoutIntensity()
    {
        var strings = CardJson.Strings(ProductCard.Render(SampleCards.Machine, "en", strict: true));

        Assert.Contains("Key features", strings);
        Assert.Contains("• Pression 19 bars", strings);
        Assert.Contains("• Réservoir de 1,2 L", strings);
        Assert.Contains("Only 3 left", strings);
        Assert.Contains("€1,249.00", strings);
        Assert.DoesNotContain(strings, s => s.StartsWith("Intensity", StringComparison.Ordinal));
    }

    [Fact]
    public void ToText_Coffee_SaysEverythingInFrench()
    {
        Assert.Equal(
            "Espresso Forte — 4,50\u00A0€\nUn espresso corsé aux notes de cacao.\nIntensité 11/13\nEn stock",
            ProductCard.ToText(SampleCards.Coffee, "fr"));
    }

    [Fact]
    public void ToText_Machine_SaysEverythingInEnglish()
    {
        Assert.Equal(
            "Machine Duo — €1,249.00\nLa machine à deux têtes pour l'espresso et le lungo.\nKey features:\n- Pression 19 bars\n- Mousseur à lait intégré\n- Réservoir de 1,2 L\nOnly 3 left",
            ProductCard.ToText(SampleCards.Machine, "en"));
    }

    [Fact]
    public void Render_Card_CarriesTheTextFallbackAndLanguage()
    {
        var card = ProductCard.Render(SampleCards.Coffee, "en-GB");

        Assert.Equal("en", (string?)card["lang"]);
        Assert.Equal(ProductCard.ToText(SampleCards.Coffee, "en"), (string?)card["fallbackText"]);
    }
}
