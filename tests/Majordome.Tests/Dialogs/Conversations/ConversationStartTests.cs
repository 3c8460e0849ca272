using Majordome.Dialogs.Conversations;
using Majordome.Tests.Harness;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Conversations;

/// <summary>Get Started, a link's ref and persistent-menu items start the flow they name, or greet and show the menu.</summary>
public sealed class ConversationStartTests
{
    private const string Channel = "facebook";

    [Theory]
    [InlineData("book", "Réserver une table")]
    [InlineData("shop", "Acheter")]
    [InlineData("information", "Informations")]
    [InlineData("BOOK", "Réserver une table")]
    public async Task ReferralEvent_WithAFlowRef_GreetsAndStartsThatFlow(string reference, string menuTitle)
    {
        var expected = await FirstQuestionOfAsync(menuTitle);
        var harness = new ConversationHarness(channelId: Channel);

        var replies = await harness.ProcessAsync(Referral(new JObject { ["ref"] = reference, ["source"] = "SHORTLINK" }));

        Assert.StartsWith("Bonjour, je suis l'assistant de Maison Tasse.", replies.Messages[0].Text);
        Assert.Equal(expected, replies.Last.Text);
    }

    [Theory]
    [InlineData("{\"action\":\"getStarted\",\"ref\":\"book\"}", "Réserver une table")]
    [InlineData("{\"action\":\"getStarted\",\"ref\":\"shop\",\"referral\":{\"ref\":\"shop\",\"source\":\"ADS\"}}", "Acheter")]
    public async Task GetStarted_WithAFlowRef_StartsThatFlow(string value, string menuTitle)
    {
        var expected = await FirstQuestionOfAsync(menuTitle);
        var harness = new ConversationHarness(channelId: Channel);

        var replies = await harness.SendValueAsync(JObject.Parse(value));

        Assert.Equal(expected, replies.Last.Text);
    }

    [Theory]
    [InlineData("{\"action\":\"getStarted\"}")]
    [InlineData("{\"action\":\"getStarted\",\"ref\":\"newsletter_june\"}")]
    [InlineData("{\"action\":\"getStarted\",\"ref\":\"language\"}")]
    public async Task GetStarted_WithoutAFlowRef_GreetsAndShowsTheMenu(string value)
    {
        var harness = new ConversationHarness(channelId: "webchat");

        var replies = await harness.SendValueAsync(JObject.Parse(value));

        Assert.StartsWith("Bonjour, je suis l'assistant de Maison Tasse. Comment puis-je vous aider ?", replies.Last.Text);
        Assert.Equal(["Informations", "Acheter", "Réserver une table", "English"], replies.SuggestedActions);
    }

    [Fact]
    public async Task ReferralEvent_WithAnUnknownRef_GreetsAndShowsTheMenu()
    {
        var harness = new ConversationHarness(channelId: "webchat");

        var replies = await harness.ProcessAsync(Referral(new JObject { ["ref"] = "ctm_outerwear", ["source"] = "ADS", ["adId"] = "1" }));

        Assert.StartsWith("Bonjour, je suis l'assistant de Maison Tasse. Comment puis-je vous aider ?", replies.Last.Text);
        Assert.Equal(["Informations", "Acheter", "Réserver une table", "English"], replies.SuggestedActions);
    }

    [Fact]
    public async Task MenuItem_InTheMiddleOfAFlow_LeavesItAndStartsTheChosenOneWithoutGreeting()
    {
        var expected = await FirstQuestionOfAsync("Acheter");
        var harness = new ConversationHarness(channelId: Channel);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");

        var replies = await harness.SendValueAsync(new JObject { ["action"] = "menu", ["choice"] = "shop" });

        Assert.DoesNotContain(replies.Messages, m => m.Text?.StartsWith("Bonjour", StringComparison.Ordinal) == true);
        Assert.Equal(expected, replies.Last.Text);
    }

    [Fact]
    public async Task ReferralEvent_InEnglish_GreetsInEnglish()
    {
        var harness = new ConversationHarness(channelId: Channel, locale: "en-US");

        var referral = Referral(new JObject { ["ref"] = "book" });
        referral.Locale = "en-US";

        var replies = await harness.ProcessAsync(referral);

        Assert.StartsWith("Hello, I'm the Maison Tasse assistant.", replies.Messages[0].Text);
        Assert.DoesNotContain("How can I help you?", replies.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reaction_IsNotAnsweredWithAMessage()
    {
        var harness = new ConversationHarness(channelId: Channel);
        await harness.SendAsync("bonjour");
        var reaction = NewActivity(ActivityTypes.MessageReaction);
        reaction.ReactionsAdded = [new MessageReaction("love")];

        var replies = await harness.ProcessAsync(reaction);

        Assert.Empty(replies.Messages);
    }

    [Theory]
    [InlineData("{\"action\":\"addToCart\",\"sku\":\"X\"}")]
    [InlineData("{\"choice\":\"book\"}")]
    public void From_OtherValues_AreNotStarts(string value)
    {
        var message = NewActivity(ActivityTypes.Message);
        message.Value = JObject.Parse(value);

        Assert.Null(ConversationStart.From(message));
    }

    /// <summary>What the flow asks first when the customer picks it from the menu (the reference behaviour).</summary>
    private static async Task<string> FirstQuestionOfAsync(string menuTitle)
    {
        var reference = new ConversationHarness(channelId: Channel);
        await reference.SendAsync("bonjour");
        return (await reference.SendAsync(menuTitle)).Last.Text;
    }

    private static Activity Referral(JObject value)
    {
        var activity = NewActivity(ActivityTypes.Event);
        activity.Name = ConversationStart.ReferralEventName;
        activity.Value = value;
        return activity;
    }

    private static Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString(),
        ChannelId = Channel,
        Conversation = new ConversationAccount(id: "conversation-1"),
        From = new ChannelAccount("user-1", "Customer"),
        Recipient = new ChannelAccount("bot", "Majordome"),
        ServiceUrl = "https://test.invalid/",
        Timestamp = ConversationHarness.DefaultNow,
    };
}
