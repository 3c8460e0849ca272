using Majordome.Bot.Channels;
using Majordome.Cards.Products;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;

namespace Majordome.Tests.Bot.Channels;

/// <summary>A product carousel on a channel without cards is numbered text; its numbers name the products.</summary>
public sealed class CarouselTextChoicesTests
{
    private static readonly ProductCardData[] Products =
    [
        new("MT-1", "Arpeggio", "Intense.", 4.20m, 10),
        new("MT-2", "Ristretto", "Short.", 4.20m, 10),
        new("MT-3", "Lungo", "Long.", 4.40m, 10),
    ];

    private static readonly ChannelCapabilities Sms = new("sms", "sms");

    [Fact]
    public void WhereCardsDoNotShow_EachNumberIsItsProductsName()
    {
        var activity = CardMessage.Carousel(Sms, ProductCarousel.Create(Products, "en"), ProductCarousel.ToText(Products, "en"));

        var numbered = new CarouselTextChoices().Numbered(activity, Sms);

        Assert.Equal(["Arpeggio", "Ristretto", "Lungo"], numbered.Select(n => n.Payload));
    }

    [Fact]
    public void WhereCardsShow_NothingIsNumbered()
    {
        var webChat = new ChannelCapabilities("webchat", "webchat") { ShowsCards = true };
        var activity = CardMessage.Carousel(webChat, ProductCarousel.Create(Products, "en"), ProductCarousel.ToText(Products, "en"));

        Assert.Empty(new CarouselTextChoices().Numbered(activity, webChat));
    }

    [Fact]
    public void ACarouselWhoseTextIsNotNumbered_NumbersNothing()
    {
        var activity = CardMessage.Carousel(Sms, ProductCarousel.Create(Products, "en"), "Our capsules");

        Assert.Empty(new CarouselTextChoices().Numbered(activity, Sms));
    }
}
