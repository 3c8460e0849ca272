using Majordome.Cards.Menu;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Menu;

public class MenuCardTests
{
    [Fact]
    public void Render_Menu_WelcomesWithTheBrandAndThreeChoices()
    {
        var card = MenuCard.Render(SampleCards.Menu, "fr", strict: true);
        var strings = CardJson.Strings(card);

        Assert.Contains("Bonjour, je suis l'assistant de Maison Tasse.", strings);
        Assert.Contains("Livraison, retours, nos cafés et nos boutiques", strings);
        Assert.Equal(["Informations", "Acheter", "Réserver une table"], CardJson.ButtonTitles(card));
    }

    [Fact]
    public void Render_Menu_ButtonsAndTilesSendTheMainDialogChoices()
    {
        var values = CardJson.SubmitValues(MenuCard.Render(SampleCards.Menu, "en", strict: true));

        // Three tiles (selectAction) then three buttons, each { action: "menu", choice }.
        Assert.Equal(6, values.Count);
        Assert.All(values, v => Assert.Equal("menu", (string?)v["action"]));
        Assert.Equal(["information", "shop", "book", "information", "shop", "book"], values.Select(v => (string)v["choice"]!));
        Assert.Equal(
            [Majordome.Dialogs.Conversations.MainDialog.MenuChoices.Information, Majordome.Dialogs.Conversations.MainDialog.MenuChoices.Shop, Majordome.Dialogs.Conversations.MainDialog.MenuChoices.Book],
            MenuCard.Choices);
    }

    [Fact]
    public void Render_WithoutImage_HasNoImage()
    {
        var card = MenuCard.Render(SampleCards.Menu with { ImageUrl = null }, "en", strict: true);

        Assert.DoesNotContain(card.Descendants().OfType<JObject>(), o => (string?)o["type"] == "Image");
    }

    [Fact]
    public void ToText_Menu_NumberedChoicesInBothLanguages()
    {
        Assert.Equal(
            "Hello, I'm the Maison Tasse assistant.\nHow can I help you?\n1. Information — Delivery, returns, our coffees and our boutiques\n2. Shop — Coffees, machines and accessories delivered to your door\n3. Book a table — A tasting in one of our boutiques",
            MenuCard.ToText(SampleCards.Menu, "en"));
        Assert.StartsWith("Bonjour, je suis l'assistant de Maison Tasse.\nComment puis-je vous aider ?\n1. Informations — ", MenuCard.ToText(SampleCards.Menu, "fr"), StringComparison.Ordinal);
    }
}
