using Majordome.Cards.Products;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Products;

public class ProductCarouselTests
{
    [Fact]
    public void Create_Products_OneCompactCardEachInOrder()
    {
        var attachments = ProductCarousel.Create([SampleCards.Coffee, SampleCards.Machine, SampleCards.SoldOut], "fr");

        Assert.Equal("carousel", ProductCarousel.AttachmentLayout);
        Assert.Equal(["Espresso Forte", "Machine Duo", "Lungo Doux"], attachments.Select(a => (string)((JObject)a.Content)["body"]!.First(e => (string?)e["type"] == "TextBlock")["text"]!));
    }

    [Fact]
    public void Create_MoreThanTenProducts_KeepsTheFirstTen()
    {
        var products = Enumerable.Range(1, 12).Select(i => SampleCards.Coffee with { Sku = $"SKU-{i}" }).ToList();

        Assert.Equal(ProductCarousel.MaxItems, ProductCarousel.Create(products, "en").Count);
    }

    [Fact]
    public void Render_Item_OpensDetailsAndAddsToCart()
    {
        var card = ProductCarousel.Render(SampleCards.Coffee, "en", strict: true);

        Assert.Equal(["See details", "Add to cart"], CardJson.ButtonTitles(card));
        Assert.All(CardJson.SubmitValues(card), v => Assert.Equal("MT-ESP-FORTE", (string?)v["sku"]));
        Assert.Equal("showProduct", (string?)card["selectAction"]!["data"]!["action"]);
        Assert.Contains("Intensity 11/13", CardJson.Strings(card));
    }

    [Fact]
    public void Render_SoldOutItem_OnlyOpensDetails()
    {
        Assert.Equal(["Voir le détail"], CardJson.ButtonTitles(ProductCarousel.Render(SampleCards.SoldOut, "fr", strict: true)));
    }

    [Fact]
    public void ToText_Products_NumberedListInBothLanguages()
    {
        Assert.Equal(
            "1. Espresso Forte — 4,50\u00A0€ — Intensité 11/13 — En stock\n2. Lungo Doux — 4,20\u00A0€ — Intensité 5/13 — Rupture de stock",
            ProductCarousel.ToText([SampleCards.Coffee, SampleCards.SoldOut], "fr"));
        Assert.Equal(
            "1. Machine Duo — €1,249.00 — Only 3 left",
            ProductCarousel.ToText([SampleCards.Machine], "en"));
    }
}
