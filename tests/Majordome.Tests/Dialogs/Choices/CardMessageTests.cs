using Majordome.Bot.Channels;
using Majordome.Cards;
using Majordome.Dialogs.Choices;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Choices;

public class CardMessageTests
{
    private static readonly Microsoft.Bot.Schema.Attachment Card = AdaptiveCardAttachment.From(new JObject { ["type"] = "AdaptiveCard", ["fallbackText"] = "Cart: 2 × Arpeggio" });

    // Issue 14, defect 10: every card came with a run-on plain-text copy above it on Web Chat.
    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("facebook")]
    [InlineData("instagram")]
    public void Create_ChannelThatShowsCards_CarriesTheCardAlone(string channel)
    {
        var message = CardMessage.Create(ChannelRegistry.Default.Find(channel), Card, "Cart: 2 × Arpeggio");

        Assert.Null(message.Text);
        Assert.Same(Card, Assert.Single(message.Attachments));
    }

    [Fact]
    public void Create_ChannelThatShowsCardsWithANote_CarriesOnlyTheNote()
    {
        var message = CardMessage.Create(ChannelRegistry.Default.Find("webchat"), Card, "Cart: 2 × Arpeggio", "Add €36.60 more for free delivery.");

        Assert.Equal("Add €36.60 more for free delivery.", message.Text);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("test")]
    [InlineData(null)]
    public void Create_TextOnlyChannel_CarriesTheTextAlternativeThenTheNote(string? channel)
    {
        var message = CardMessage.Create(ChannelRegistry.Default.Find(channel), Card, "Cart: 2 × Arpeggio", "Add €36.60 more for free delivery.");

        Assert.Equal("Cart: 2 × Arpeggio\nAdd €36.60 more for free delivery.", message.Text);
        Assert.Single(message.Attachments);
    }

    [Fact]
    public void Carousel_WebChat_IsACarouselWithoutText()
    {
        var message = CardMessage.Carousel(ChannelRegistry.Default.Find("webchat"), [Card, Card], "1. Arpeggio\n2. Ristretto");

        Assert.Null(message.Text);
        Assert.Equal("carousel", message.AttachmentLayout);
        Assert.Equal(2, message.Attachments.Count);
    }
}
