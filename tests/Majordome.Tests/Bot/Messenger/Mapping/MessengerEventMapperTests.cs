using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Mapping;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Mapping;

public sealed class MessengerEventMapperTests
{
    /// <summary>Every fixture: its kind, the activity type it becomes (null: none), and whether the bot gets a turn.</summary>
    public static TheoryData<string, InboundKind, string?, bool> Table => new()
    {
        { "text_message.json", InboundKind.Message, ActivityTypes.Message, true },
        { "quick_reply.json", InboundKind.Message, ActivityTypes.Message, true },
        { "quick_reply_user_email.json", InboundKind.Message, ActivityTypes.Message, true },
        { "message_reply_to.json", InboundKind.Message, ActivityTypes.Message, true },
        { "message_with_ad_referral.json", InboundKind.Message, ActivityTypes.Message, true },
        { "attachment_image.json", InboundKind.Message, ActivityTypes.Message, true },
        { "attachment_multiple_images.json", InboundKind.Message, ActivityTypes.Message, true },
        { "attachment_file.json", InboundKind.Message, ActivityTypes.Message, true },
        { "attachment_video.json", InboundKind.Message, ActivityTypes.Message, true },
        { "attachment_sticker.json", InboundKind.Message, ActivityTypes.Message, true },
        { "attachment_fallback_link_share.json", InboundKind.Message, ActivityTypes.Message, true },
        { "postback.json", InboundKind.Postback, ActivityTypes.Message, true },
        { "postback_get_started_from_ad.json", InboundKind.Postback, ActivityTypes.Message, true },
        { "postback_get_started_with_mme_ref.json", InboundKind.Postback, ActivityTypes.Message, true },
        { "referral_ad.json", InboundKind.Referral, ActivityTypes.Event, true },
        { "referral_mme_link.json", InboundKind.Referral, ActivityTypes.Event, true },
        { "optin_marketing_messages.json", InboundKind.OptIn, ActivityTypes.Event, true },
        { "optin_one_time_notification_legacy.json", InboundKind.OptIn, ActivityTypes.Event, true },
        { "optin_send_to_messenger_plugin.json", InboundKind.OptIn, ActivityTypes.Event, true },
        { "message_reactions_react.json", InboundKind.Reaction, ActivityTypes.MessageReaction, true },
        { "message_reactions_unreact.json", InboundKind.Reaction, ActivityTypes.MessageReaction, true },
        { "message_reads.json", InboundKind.Read, ActivityTypes.Event, false },
        { "message_deliveries.json", InboundKind.Delivery, ActivityTypes.Event, false },
        { "message_edits.json", InboundKind.Edit, ActivityTypes.MessageUpdate, false },
        { "message_echo_text.json", InboundKind.OwnEcho, null, false },
        { "message_echo_template.json", InboundKind.OwnEcho, null, false },
        { "standby_echo_from_inbox.json", InboundKind.OtherEcho, null, false },
        { "standby_message.json", InboundKind.Message, ActivityTypes.Message, false },
        { "handover_pass_thread_control.json", InboundKind.ControlReceived, ActivityTypes.Event, false },
        { "handover_take_thread_control.json", InboundKind.ControlLost, ActivityTypes.Event, false },
        { "handover_request_thread_control.json", InboundKind.ControlRequested, ActivityTypes.Event, false },
        { "handover_app_roles.json", InboundKind.AppRoles, null, false },
        { "policy_enforcement.json", InboundKind.PolicyEnforcement, null, false },
        { "instagram_text_message.json", InboundKind.Message, ActivityTypes.Message, true },
        { "instagram_quick_reply.json", InboundKind.Message, ActivityTypes.Message, true },
        { "instagram_postback_icebreaker.json", InboundKind.Postback, ActivityTypes.Message, true },
        { "instagram_reaction.json", InboundKind.Reaction, ActivityTypes.MessageReaction, true },
        { "instagram_messaging_seen.json", InboundKind.Read, ActivityTypes.Event, false },
        { "instagram_echo.json", InboundKind.OwnEcho, null, false },
        { "Extra/attachment_audio.json", InboundKind.Message, ActivityTypes.Message, true },
        { "Extra/attachment_location_legacy.json", InboundKind.Message, ActivityTypes.Message, true },
        { "Extra/attachment_sticker_transition.json", InboundKind.Message, ActivityTypes.Message, true },
        { "Extra/instagram_deleted.json", InboundKind.Deleted, ActivityTypes.MessageDelete, false },
        { "Extra/instagram_ephemeral.json", InboundKind.Message, ActivityTypes.Message, true },
        { "Extra/instagram_reel_and_share.json", InboundKind.Message, ActivityTypes.Message, true },
        { "Extra/instagram_story_mention.json", InboundKind.Message, ActivityTypes.Message, true },
        { "Extra/instagram_story_reply.json", InboundKind.Message, ActivityTypes.Message, true },
        { "Extra/instagram_referral_igme_link.json", InboundKind.Referral, ActivityTypes.Event, true },
        { "Extra/instagram_postback_icebreaker_with_referral.json", InboundKind.Postback, ActivityTypes.Message, true },
        { "Extra/instagram_unsupported.json", InboundKind.Unsupported, null, false },
        { "Extra/numeric_ids_seconds_postback.json", InboundKind.Postback, ActivityTypes.Message, true },
        { "Extra/optin_checkbox_plugin.json", InboundKind.OptIn, ActivityTypes.Event, true },
        { "Extra/postback_get_started_ours.json", InboundKind.Postback, ActivityTypes.Message, true },
        { "Extra/postback_menu_json.json", InboundKind.Postback, ActivityTypes.Message, true },
        { "Extra/quick_reply_json.json", InboundKind.Message, ActivityTypes.Message, true },
    };

    [Fact]
    public void Table_CoversEveryFixture()
    {
        var covered = Table.Select(row => (string)row[0]).ToHashSet();

        var missing = MetaFixtures.All.Where(f => !covered.Contains(f)).ToList();

        Assert.True(missing.Count == 0, $"Fixtures without a row: {string.Join(", ", missing)}");
        Assert.True(covered.Count >= 50);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Map_Fixture_HasItsKindActivityAndTurn(string fixture, InboundKind kind, string? activityType, bool runsTurn)
    {
        var mapped = MapperFixture.Map(fixture);

        Assert.Equal(kind, mapped.Kind);
        Assert.Equal(activityType, mapped.Activity?.Type);
        Assert.Equal(runsTurn, mapped.RunsTurn);
        if (mapped.Activity is { } activity)
        {
            var raw = MetaFixtures.Json(fixture);
            Assert.Equal((string?)raw["object"] == "instagram" ? "instagram" : "facebook", activity.ChannelId);
            Assert.Equal($"{activity.Recipient.Id}-{activity.From.Id}", activity.Conversation.Id);
            Assert.Equal(RoleTypes.User, activity.From.Role);
            Assert.Equal(RoleTypes.Bot, activity.Recipient.Role);
            Assert.Equal(JsonIds.Read(raw["entry"]![0]!["id"]), activity.Recipient.Id);
            Assert.Equal("https://graph.example.test/", activity.ServiceUrl);
            Assert.True(JToken.DeepEquals(MetaFixtures.FirstEvent(fixture), (JToken)activity.ChannelData));
            Assert.Equal(mapped.Timestamp, activity.Timestamp);
        }
    }

    [Fact]
    public void Map_Text_IsAMessageFromTheCustomerWithItsMidAndTime()
    {
        var activity = MapperFixture.Map("text_message.json").Activity!;

        Assert.Equal("Hi, do you ship to Canada?", activity.Text);
        Assert.Equal("m_Zk3vQ8rT1uYpL0aXc7NbW2eHs9GdJf4KqM6oR5iUyE8tA1zVwBxCn3PlSgD7hF", activity.Id);
        Assert.Equal(MetaFixtures.Customer, activity.From.Id);
        Assert.Equal($"{MetaFixtures.PageId}-{MetaFixtures.Customer}", activity.Conversation.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1781190000000), activity.Timestamp);
    }

    [Theory]
    [InlineData("quick_reply.json", "SIZE_PICK:M")]
    [InlineData("quick_reply_user_email.json", "ana.silva@example.com")]
    [InlineData("instagram_quick_reply.json", "COLOR:BLUE")]
    public void Map_TextPayload_IsTheText(string fixture, string expected)
    {
        var activity = MapperFixture.Map(fixture).Activity!;

        Assert.Equal(expected, activity.Text);
        Assert.Null(activity.Value);
    }

    // A postback's constant payload (set up in Meta's tools, not by Majordome) means nothing to the dialogs: the
    // words on the button the customer tapped do (issue 16: answer the question the ice breaker asked).
    [Theory]
    [InlineData("postback.json", "Track my order")]
    [InlineData("instagram_postback_icebreaker.json", "What are your store hours?")]
    [InlineData("Extra/numeric_ids_seconds_postback.json", "Track my order")]
    public void Map_ConstantPostbackPayload_IsTheButtonsTitle(string fixture, string expected)
    {
        var activity = MapperFixture.Map(fixture).Activity!;

        Assert.Equal(expected, activity.Text);
        Assert.Null(activity.Value);
    }

    [Fact]
    public void Map_JsonQuickReplyPayload_IsTheValue()
    {
        var activity = MapperFixture.Map("Extra/quick_reply_json.json").Activity!;

        Assert.Null(activity.Text);
        Assert.True(JToken.DeepEquals(JObject.Parse("{\"action\":\"addToCart\",\"sku\":\"CAP-ARPEGGIO\"}"), (JToken)activity.Value));
    }

    [Fact]
    public void Map_JsonPostbackPayload_IsTheValueACardSubmitWouldHave()
    {
        var activity = MapperFixture.Map("Extra/postback_menu_json.json").Activity!;

        Assert.Null(activity.Text);
        Assert.True(JToken.DeepEquals(JObject.Parse("{\"action\":\"menu\",\"choice\":\"book\"}"), (JToken)activity.Value));
    }

    [Theory]
    [InlineData("postback_get_started_with_mme_ref.json", "store_qr_lisbon", "SHORTLINK", null)]
    [InlineData("postback_get_started_from_ad.json", "ctm_outerwear", "ADS", "120213456789012345")]
    [InlineData("Extra/postback_get_started_ours.json", "shop", "SHORTLINK", null)]
    public void Map_GetStartedWithReferral_IsGetStartedWithTheRef(string fixture, string reference, string source, string? adId)
    {
        var value = (JObject)MapperFixture.Map(fixture).Activity!.Value;

        Assert.Equal("getStarted", (string?)value["action"]);
        Assert.Equal(reference, (string?)value["ref"]);
        Assert.Equal(source, (string?)value["referral"]!["source"]);
        Assert.Equal(adId, (string?)value["referral"]!["adId"]);
    }

    [Theory]
    [InlineData("referral_mme_link.json", "newsletter_june", "SHORTLINK", null)]
    [InlineData("referral_ad.json", "ctm_outerwear", "ADS", "120213456789012345")]
    public void Map_StandaloneReferral_IsAReferralEvent(string fixture, string reference, string source, string? adId)
    {
        var activity = MapperFixture.Map(fixture).Activity!;

        Assert.Equal(ReferralValue.EventName, activity.Name);
        var value = (JObject)activity.Value;
        Assert.Equal(reference, (string?)value["ref"]);
        Assert.Equal(source, (string?)value["source"]);
        Assert.Equal("OPEN_THREAD", (string?)value["type"]);
        Assert.Equal(adId, (string?)value["adId"]);
    }

    [Fact]
    public void Map_MessageFromAnAd_KeepsTheTextAndExposesTheReferral()
    {
        var activity = MapperFixture.Map("message_with_ad_referral.json").Activity!;

        Assert.Equal("Hi! I'm interested in the summer sale", activity.Text);
        var referral = (JObject)activity.Properties[ReferralValue.PropertyName]!;
        Assert.Equal("summer_sale_2026", (string?)referral["ref"]);
        Assert.Equal("120213456789012345", (string?)referral["adId"]);
    }

    [Fact]
    public void Map_ReplyTo_SetsReplyToId()
    {
        Assert.Equal("m_Prv0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6gH7iJ8kL9m", MapperFixture.Map("message_reply_to.json").Activity!.ReplyToId);
    }

    [Theory]
    [InlineData("attachment_image.json", "image/*", "471234567_1122334455667788")]
    [InlineData("attachment_video.json", "video/*", "10000000_123456_n.mp4")]
    [InlineData("attachment_file.json", "application/octet-stream", "invoice-0042.pdf")]
    [InlineData("Extra/attachment_audio.json", "audio/*", "audioclip-1781190000000-2345.mp4")]
    [InlineData("attachment_fallback_link_share.json", AttachmentMapper.LinkContentType, "https://shop.example.com/p/rain-jacket-42")]
    [InlineData("Extra/instagram_story_mention.json", "application/vnd.instagram.story_mention", "asset_id=1790001")]
    public void Map_Attachment_HasItsContentTypeAndUrl(string fixture, string contentType, string urlPart)
    {
        var attachment = Assert.Single(MapperFixture.Map(fixture).Activity!.Attachments);

        Assert.Equal(contentType, attachment.ContentType);
        Assert.Contains(urlPart, attachment.ContentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_FileAndLinkShare_KeepNameTitleAndText()
    {
        Assert.Equal("invoice-0042.pdf", MapperFixture.Map("attachment_file.json").Activity!.Attachments[0].Name);
        var link = MapperFixture.Map("attachment_fallback_link_share.json").Activity!;
        Assert.Equal("Rain Jacket 42 - Example Shop", link.Attachments[0].Name);
        Assert.Equal("Is this jacket still available? https://shop.example.com/p/rain-jacket-42", link.Text);
    }

    [Fact]
    public void Map_MultipleImages_KeepsThemInOrder()
    {
        var attachments = MapperFixture.Map("attachment_multiple_images.json").Activity!.Attachments;

        Assert.Equal(["471111111_1_n.jpg", "471111112_2_n.jpg"], attachments.Select(a => new Uri(a.ContentUrl).Segments[^1]));
    }

    [Theory]
    [InlineData("attachment_sticker.json")]
    [InlineData("Extra/attachment_sticker_transition.json")]
    public void Map_Sticker_IsOneStickerWithItsIdEvenDuringTheTransition(string fixture)
    {
        var attachment = Assert.Single(MapperFixture.Map(fixture).Activity!.Attachments);

        Assert.Equal(AttachmentMapper.StickerContentType, attachment.ContentType);
        Assert.Equal("369239263222822", (string?)((JObject)attachment.Content)["stickerId"]);
    }

    [Fact]
    public void Map_LegacyLocation_HasItsCoordinates()
    {
        var attachment = Assert.Single(MapperFixture.Map("Extra/attachment_location_legacy.json").Activity!.Attachments);

        Assert.Equal(AttachmentMapper.LocationContentType, attachment.ContentType);
        Assert.Equal(48.8566, (double)((JObject)attachment.Content)["latitude"]!);
        Assert.Equal(2.3522, (double)((JObject)attachment.Content)["longitude"]!);
    }

    [Fact]
    public void Map_InstagramReelShareEphemeralAndStoryReply_HaveInstagramContentTypes()
    {
        Assert.Equal(["application/vnd.instagram.ig_reel", "application/vnd.instagram.share"], MapperFixture.Map("Extra/instagram_reel_and_share.json").Activity!.Attachments.Select(a => a.ContentType));
        var ephemeral = Assert.Single(MapperFixture.Map("Extra/instagram_ephemeral.json").Activity!.Attachments);
        Assert.Equal("application/vnd.instagram.ephemeral", ephemeral.ContentType);
        Assert.Null(ephemeral.ContentUrl);
        var reply = MapperFixture.Map("Extra/instagram_story_reply.json").Activity!;
        Assert.Equal("Love this one!", reply.Text);
        Assert.Equal("application/vnd.instagram.story_reply", Assert.Single(reply.Attachments).ContentType);
    }

    [Theory]
    [InlineData("message_reactions_react.json", true, "love")]
    [InlineData("message_reactions_unreact.json", false, "love")]
    [InlineData("instagram_reaction.json", true, "love")]
    public void Map_Reaction_IsAddedOrRemovedOnTheReactedMessage(string fixture, bool added, string type)
    {
        var activity = MapperFixture.Map(fixture).Activity!;

        Assert.Equal(type, Assert.Single((added ? activity.ReactionsAdded : activity.ReactionsRemoved)!).Type);
        Assert.Null(added ? activity.ReactionsRemoved : activity.ReactionsAdded);
        Assert.NotNull(activity.ReplyToId);
    }

    [Fact]
    public void Map_CheckboxOptInWithoutSender_UsesTheUserRef()
    {
        var mapped = MapperFixture.Map("Extra/optin_checkbox_plugin.json");

        Assert.Equal(EventIdentity.UserRefPrefix + "UREF-5f3a9c", mapped.Activity!.From.Id);
        Assert.Equal("checkout_box", (string?)((JObject)mapped.Activity.Value)["ref"]);
        Assert.Equal(new MessengerThread("facebook", MetaFixtures.PageId, "user_ref:UREF-5f3a9c"), mapped.Thread);
    }

    [Fact]
    public void Map_NumericIdsAndSecondTimestamp_AreReadLikeStringsAndMilliseconds()
    {
        var activity = MapperFixture.Map("Extra/numeric_ids_seconds_postback.json").Activity!;

        Assert.Equal(MetaFixtures.Customer, activity.From.Id);
        Assert.Equal(MetaFixtures.PageId, activity.Recipient.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1781190000), activity.Timestamp);
    }

    [Fact]
    public void Map_Edit_IsAnUpdateWithTheNewText()
    {
        var activity = MapperFixture.Map("message_edits.json").Activity!;

        Assert.Equal("Hi, do you ship to Canada and the US?", activity.Text);
        Assert.Equal("m_Zk3vQ8rT1uYpL0aXc7NbW2eHs9GdJf4KqM6oR5iUyE8tA1zVwBxCn3PlSgD7hF", activity.Id);
    }

    [Fact]
    public void Map_Echo_BelongsToTheCustomersThread()
    {
        var mapped = MapperFixture.Map("standby_echo_from_inbox.json");

        Assert.Equal(new MessengerThread("facebook", MetaFixtures.PageId, MetaFixtures.Customer), mapped.Thread);
        Assert.True(mapped.Standby);
    }

    [Fact]
    public void Map_EchoCarryingOurReplyToken_IsOursWhateverItsAppId()
    {
        // The bot's own reply never pauses it, even if the app id it was configured with is not the one Meta echoes.
        var mapper = new MessengerEventMapper(Microsoft.Extensions.Options.Options.Create(MapperFixture.Options));
        var echo = MetaFixtures.FirstEvent("message_echo_text.json");
        echo["message"]!["app_id"] = 111111111111111;
        echo["message"]!["metadata"] = Majordome.Bot.Messenger.Inbox.ReplyToken.New();

        Assert.Equal(InboundKind.OwnEcho, mapper.Map("facebook", MetaFixtures.PageId, echo, false).Kind);

        echo["message"]!["metadata"] = "another app's note";
        Assert.Equal(InboundKind.OtherEcho, mapper.Map("facebook", MetaFixtures.PageId, echo, false).Kind);
    }

    [Fact]
    public void Map_ReadAndDelivery_CarryTheirWatermarkAndMids()
    {
        Assert.Equal("1781189999200", (string?)((JObject)MapperFixture.Map("message_reads.json").Activity!.Value)["watermark"]);
        var delivery = (JObject)MapperFixture.Map("message_deliveries.json").Activity!.Value;
        Assert.Equal("1781189998800", (string?)delivery["watermark"]);
        Assert.Single((JArray)delivery["mids"]!);
        Assert.NotNull((string?)((JObject)MapperFixture.Map("instagram_messaging_seen.json").Activity!.Value)["mid"]);
    }

    [Fact]
    public void Map_PageLevelEvents_HaveNoThread()
    {
        Assert.Null(MapperFixture.Map("handover_app_roles.json").Thread);
        Assert.Null(MapperFixture.Map("policy_enforcement.json").Thread);
        Assert.Contains("warning", MapperFixture.Map("policy_enforcement.json").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_CustomerActions_OpenTheWindowButEchoesAndReceiptsDoNot()
    {
        Assert.True(MapperFixture.Map("text_message.json").IsCustomerAction);
        Assert.True(MapperFixture.Map("message_reactions_react.json").IsCustomerAction);
        Assert.True(MapperFixture.Map("referral_mme_link.json").IsCustomerAction);
        Assert.True(MapperFixture.Map("optin_send_to_messenger_plugin.json").IsCustomerAction);
        Assert.True(MapperFixture.Map("postback.json").IsCustomerAction);
        Assert.False(MapperFixture.Map("message_echo_text.json").IsCustomerAction);
        Assert.False(MapperFixture.Map("message_reads.json").IsCustomerAction);
        Assert.False(MapperFixture.Map("handover_pass_thread_control.json").IsCustomerAction);
    }
}
