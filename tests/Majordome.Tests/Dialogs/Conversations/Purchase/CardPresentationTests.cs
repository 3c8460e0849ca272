using Majordome.Tests.Harness;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Conversations.Purchase;

/// <summary>Issue 14, defect 10: on channels that show cards, a card comes without a plain-text copy of itself.</summary>
public class CardPresentationTests
{
    private static JObject AddToCart(string sku) => new() { ["action"] = "addToCart", ["sku"] = sku };

    private static async Task<Activity> CartMessageAsync(ConversationHarness harness)
    {
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");
        await harness.SendValueAsync(AddToCart("CAP-ARPEGGIO"));
        var added = await harness.SendAsync("3");
        return Assert.Single(added.Messages, m => m.Attachments?.Count > 0);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("facebook")]
    public async Task Cart_ChannelThatShowsCards_IsTheCardAndTheDeliveryNoteOnly(string channel)
    {
        var harness = new ConversationHarness(channelId: channel, userId: Guid.NewGuid().ToString());

        var cart = await CartMessageAsync(harness);

        Assert.Matches(@"^Encore [0-9,]+\s€ pour la livraison offerte\.$", cart.Text);
        Assert.Equal("cart", Assert.Single(cart.Attachments).Name);
        Assert.Contains("Arpeggio", (string?)((JObject)cart.Attachments[0].Content)["fallbackText"]);
    }

    [Fact]
    public async Task Cart_TextOnlyChannel_KeepsTheCartAsText()
    {
        var harness = new ConversationHarness(channelId: "sms", userId: Guid.NewGuid().ToString());

        var cart = await CartMessageAsync(harness);

        Assert.StartsWith("Votre panier", cart.Text);
        Assert.EndsWith("pour la livraison offerte.", cart.Text);
    }

    [Fact]
    public async Task ProductCarousel_WebChat_HasNoNumberedListBesideIt()
    {
        var harness = new ConversationHarness(channelId: "webchat", userId: Guid.NewGuid().ToString());
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Acheter");

        var browse = await harness.SendAsync("Capsules");

        var carousel = Assert.Single(browse.Messages, m => m.Attachments?.Count > 0);
        Assert.Null(carousel.Text);
    }
}
