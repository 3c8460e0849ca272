using Majordome.Bot.Identity;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Mapping;
using Majordome.Dialogs.Conversations;
using Majordome.Tests.Bot.Messenger;
using Majordome.Tests.Bot.Messenger.Mapping;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Identity;

/// <summary>
/// Where a link token is read on Meta's webhooks (made-up events in the documented shapes of the fixtures), and what
/// the bot still sees once it is taken out: the customer's words and the ad's context, never the token.
/// </summary>
public sealed class LinkTokenInActivityTests
{
    private const string Token = "link-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    [Fact]
    public void Find_IgMeReferralOfAnExistingThread_IsAnInstagramToken()
    {
        var activity = MapInstagram("Extra/instagram_referral_igme_link.json", e => e["referral"]!["ref"] = Token);

        Assert.Equal((Token, LinkTarget.Instagram), LinkTokenInActivity.Find(activity));
    }

    [Fact]
    public void Find_IceBreakerTapOfANewThread_CarryingTheRef_IsAnInstagramToken()
    {
        var activity = MapInstagram("Extra/instagram_postback_icebreaker_with_referral.json", e => e["postback"]!["referral"]!["ref"] = Token);

        Assert.Equal((Token, LinkTarget.Instagram), LinkTokenInActivity.Find(activity));
    }

    [Fact]
    public void Find_CodeTypedInInstagram_IsAnInstagramToken()
    {
        var activity = MapInstagram("instagram_text_message.json", e => e["message"]!["text"] = $"Mon code : {Token}");

        Assert.Equal((Token, LinkTarget.Instagram), LinkTokenInActivity.Find(activity));
    }

    [Fact]
    public void Find_MessengerRef_IsStillAMessengerToken()
    {
        var body = MetaFixtures.FirstEvent("referral_mme_link.json");
        body["referral"]!["ref"] = Token;

        var activity = new MessengerEventMapper(Microsoft.Extensions.Options.Options.Create(MapperFixture.Options))
            .Map(MessengerChannels.Facebook, MetaFixtures.PageId, body, standby: false).Activity!;

        Assert.Equal((Token, LinkTarget.Messenger), LinkTokenInActivity.Find(activity));
    }

    [Fact]
    public void Remove_FromAnAdsMessage_KeepsTheCustomersWordsAndTheAdsContext()
    {
        var body = MetaFixtures.FirstEvent("message_with_ad_referral.json");
        body["message"]!["referral"]!["ref"] = Token;
        var activity = new MessengerEventMapper(Microsoft.Extensions.Options.Options.Create(MapperFixture.Options))
            .Map(MessengerChannels.Facebook, MetaFixtures.PageId, body, standby: false).Activity!;

        LinkTokenInActivity.Remove(activity);

        Assert.Equal((ActivityTypes.Message, "Hi! I'm interested in the summer sale"), (activity.Type, activity.Text));
        var referral = Assert.IsType<JObject>(activity.Properties[ConversationStart.ReferralPropertyName]);
        Assert.Equal(("ADS", "120213456789012345", null), ((string?)referral["source"], (string?)referral["adId"], (string?)referral["ref"]));
        Assert.DoesNotContain(Token, activity.Properties.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_FromAnAdsReferral_KeepsTheAdsContextWithoutTheToken()
    {
        var body = MetaFixtures.FirstEvent("referral_ad.json");
        body["referral"]!["ref"] = Token;
        var activity = new MessengerEventMapper(Microsoft.Extensions.Options.Options.Create(MapperFixture.Options))
            .Map(MessengerChannels.Facebook, MetaFixtures.PageId, body, standby: false).Activity!;

        LinkTokenInActivity.Remove(activity);

        Assert.Equal((ActivityTypes.Event, ConversationStart.ReferralEventName), (activity.Type, activity.Name));
        var value = Assert.IsType<JObject>(activity.Value);
        Assert.Equal(("ADS", "120213456789012345", null), ((string?)value["source"], (string?)value["adId"], (string?)value["ref"]));
    }

    [Fact]
    public void Remove_FromAnIceBreakerTap_KeepsTheQuestion()
    {
        var activity = MapInstagram("Extra/instagram_postback_icebreaker_with_referral.json", e => e["postback"]!["referral"]!["ref"] = Token);

        LinkTokenInActivity.Remove(activity);

        Assert.Equal((ActivityTypes.Message, "Where is my order?"), (activity.Type, activity.Text));
        Assert.DoesNotContain(Token, activity.Properties.ToString(), StringComparison.Ordinal);
    }

    private static Activity MapInstagram(string fixture, Action<JObject> change)
    {
        var body = MetaFixtures.FirstEvent(fixture);
        change(body);
        return new MessengerEventMapper(Microsoft.Extensions.Options.Options.Create(MapperFixture.Options))
            .Map(MessengerChannels.Instagram, MetaFixtures.InstagramId, body, standby: false).Activity!;
    }
}
