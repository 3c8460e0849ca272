using Majordome.Bot.Messenger.Mapping;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Mapping;

/// <summary>
/// The mapping of what starts or steers a conversation from outside, on Meta's fixtures: the ref of a message from an
/// ad, plugin and token opt-ins, taps on the menu and ice breakers, and what a message shares besides text.
/// </summary>
public sealed class TapAndReferralMappingTests
{
    [Fact]
    public void MessageFromAnAd_ItsRefStartsTheConversation_AnUnknownRefGreets()
    {
        var activity = MapperFixture.Map("message_with_ad_referral.json").Activity!;

        var start = ConversationStart.From(activity);

        Assert.Equal(new ConversationStart(null, RootDialogReason.Welcome) { Ref = "summer_sale_2026" }, start);
    }

    [Fact]
    public void MessageFromAnAd_WithRefBook_StartsTheBooking()
    {
        var body = MetaFixtures.FirstEvent("message_with_ad_referral.json");
        body["message"]!["referral"]!["ref"] = "book";

        var activity = Map(body).Activity!;

        Assert.Equal(new ConversationStart(MainDialog.MenuChoices.Book, RootDialogReason.Welcome), ConversationStart.From(activity));
    }

    [Theory]
    [InlineData("Extra/instagram_referral_igme_link.json")]
    [InlineData("Extra/instagram_postback_icebreaker_with_referral.json")]
    public void InstagramIgMeLink_WithRefBook_StartsTheBooking_FromAnExistingThreadOrAnIceBreakersTap(string fixture)
    {
        var activity = MapperFixture.Map(fixture).Activity!;

        Assert.Equal("instagram", activity.ChannelId);
        Assert.Equal(new ConversationStart(MainDialog.MenuChoices.Book, RootDialogReason.Welcome), ConversationStart.From(activity));
    }

    [Theory]
    [InlineData("optin_send_to_messenger_plugin.json", true)]
    [InlineData("Extra/optin_checkbox_plugin.json", true)]
    [InlineData("optin_marketing_messages.json", false)]
    [InlineData("optin_one_time_notification_legacy.json", false)]
    public void OptIn_APluginsIsGreeted_ATokensIsNot(string fixture, bool greeted)
    {
        var activity = MapperFixture.Map(fixture).Activity!;

        Assert.Equal(greeted, ConversationStart.From(activity) is { Reason: RootDialogReason.Welcome });
    }

    [Fact]
    public void InstagramIceBreaker_WithAConstantPayload_IsTheQuestionItShows()
    {
        var activity = MapperFixture.Map("instagram_postback_icebreaker.json").Activity!;

        Assert.Equal("What are your store hours?", activity.Text);
        Assert.Null(activity.Value);
    }

    [Fact]
    public void IceBreakerOfOurs_IsItsQuestionInItsLanguage()
    {
        var body = MetaFixtures.FirstEvent("postback.json");
        body["postback"]!["payload"] = """{"action":"ask","text":"I'd like to book a tasting table","lang":"en"}""";

        var activity = Map(body).Activity!;

        Assert.Equal("I'd like to book a tasting table", activity.Text);
        Assert.Null(activity.Value);
        Assert.Equal("en", (string?)activity.Properties[LanguageResolver.TappedLanguageProperty]);
    }

    [Fact]
    public void IceBreakerOfOurs_WithItsIntent_StartsThatFlowWithTheQuestion()
    {
        var body = MetaFixtures.FirstEvent("postback.json");
        body["postback"]!["payload"] = """{"action":"ask","text":"What are your delivery options?","intent":"information","lang":"en"}""";

        var activity = Map(body).Activity!;

        Assert.Equal("What are your delivery options?", activity.Text);
        Assert.Equal(new ConversationStart(null, RootDialogReason.Switch) { Intent = "information", Utterance = "What are your delivery options?" }, ConversationStart.From(activity));
    }

    [Fact]
    public void MenuItemOfOurs_KeepsItsChoice_AndCarriesItsLanguage()
    {
        var body = MetaFixtures.FirstEvent("postback.json");
        body["postback"]!["payload"] = """{"action":"menu","choice":"book","lang":"en"}""";

        var activity = Map(body).Activity!;

        Assert.Equal("book", (string?)((JObject)activity.Value!)["choice"]);
        Assert.Equal("en", (string?)activity.Properties[LanguageResolver.TappedLanguageProperty]);
        Assert.Equal(new ConversationStart(MainDialog.MenuChoices.Book, RootDialogReason.Menu), ConversationStart.From(activity));
    }

    [Fact]
    public void PostbackWithWordsAsPayload_KeepsThem()
    {
        var body = MetaFixtures.FirstEvent("postback.json");
        body["postback"]!["payload"] = "Talk to someone";

        Assert.Equal("Talk to someone", Map(body).Activity!.Text);
    }

    [Theory]
    [InlineData("attachment_image.json", false, false, false, true)]
    [InlineData("attachment_sticker.json", false, false, false, true)]
    [InlineData("Extra/attachment_audio.json", false, false, false, true)]
    [InlineData("Extra/attachment_location_legacy.json", true, false, false, false)]
    [InlineData("Extra/instagram_story_mention.json", false, true, false, false)]
    [InlineData("Extra/instagram_story_reply.json", false, false, true, false)]
    [InlineData("text_message.json", false, false, false, false)]
    public void SharedContent_OfEachFixture(string fixture, bool location, bool mention, bool reply, bool media)
    {
        var shared = SharedContent.Of(MapperFixture.Map(fixture).Activity);

        Assert.Equal((location, mention, reply, media), (shared.Location is not null, shared.StoryMention, shared.StoryReply, shared.Media));
    }

    [Fact]
    public void SharedContent_LegacyLocation_HasItsCoordinates()
    {
        var shared = SharedContent.Of(MapperFixture.Map("Extra/attachment_location_legacy.json").Activity);

        Assert.Equal(new Majordome.Dialogs.Content.GeoCoordinates(48.8566, 2.3522), shared.Location);
    }

    private static InboundEvent Map(JObject messagingEvent) =>
        new MessengerEventMapper(Microsoft.Extensions.Options.Options.Create(MapperFixture.Options))
            .Map("facebook", MetaFixtures.PageId, messagingEvent, standby: false);
}
