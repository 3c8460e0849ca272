using Majordome.Bot.Messenger.Webhook;
using Majordome.Bot.WhatsApp;
using Majordome.Bot.WhatsApp.Mapping;
using Majordome.Bot.WhatsApp.Webhook;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.WhatsApp;

/// <summary>The shared WhatsApp fixtures (Meta's payload shapes) through the webhook parser and the message mapper.</summary>
public class WhatsAppMappingTests
{
    private static readonly WhatsAppOptions Options = Configured();

    private static WhatsAppOptions Configured()
    {
        var options = new WhatsAppOptions { AppSecret = "secret", VerifyToken = "token" };
        options.PhoneNumbers.Add(new WhatsAppNumberOptions { PhoneNumberId = WhatsAppFixtures.NumberId, AccessToken = "t" });
        return options;
    }

    private static WebhookEvent Single(string fixture)
    {
        var accepted = Assert.IsType<WebhookParseResult.Accepted>(WhatsAppWebhookParser.Parse(WhatsAppFixtures.Bytes(fixture), Options));
        return Assert.Single(accepted.Events);
    }

    private static Activity Activity(string fixture)
    {
        var e = Single(fixture);
        return WhatsAppMessageMapper.Map(e.AccountId, e.Body, e.Timestamp).Activity!;
    }

    [Fact]
    public void Text_IsAMessageFromTheCustomerOfThatNumber()
    {
        var e = Single("whatsapp_text");
        var activity = WhatsAppMessageMapper.Map(e.AccountId, e.Body, e.Timestamp).Activity!;

        Assert.Equal("whatsapp", e.ChannelId);
        Assert.Equal(WhatsAppFixtures.NumberId, e.AccountId);
        Assert.StartsWith($"whatsapp/{WhatsAppFixtures.NumberId}/wamid.", e.Key, StringComparison.Ordinal);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("whatsapp", activity.ChannelId);
        Assert.Equal($"{WhatsAppFixtures.NumberId}-{WhatsAppFixtures.Customer}", activity.From.Id);
        Assert.Equal(WhatsAppFixtures.NumberId, activity.Recipient.Id);
        Assert.False(string.IsNullOrWhiteSpace(activity.Text));
        Assert.Equal(new WhatsAppThread(WhatsAppFixtures.NumberId, WhatsAppFixtures.Customer), WhatsAppThread.From(activity));
    }

    [Fact]
    public void Timestamp_IsEpochSecondsAsAString()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1781190060), Single("whatsapp_interactive_button_reply").Timestamp);
    }

    [Fact]
    public void ButtonReply_SaysTheButtonsId_AndKnowsWhichMessageItAnswers()
    {
        var activity = Activity("whatsapp_interactive_button_reply");

        Assert.Equal("track_order", activity.Text);
        Assert.Equal("wamid.HBgLMTQxNTU1NTAxMjMVAgARGBJBNkJCMUY0RDc0QjJFOUQ3NUEA", activity.ReplyToId);
        Assert.Equal("Ana Silva", activity.From.Name);
    }

    [Fact]
    public void ListReply_SaysTheRowsId()
    {
        Assert.Equal("ship_express", Activity("whatsapp_interactive_list_reply").Text);
    }

    [Fact]
    public void TemplateQuickReply_SaysItsText_AndKeepsItsPayload()
    {
        var activity = Activity("whatsapp_template_quick_reply_button");

        Assert.Equal("Reschedule", activity.Text);
        Assert.Equal("RESCHEDULE_DELIVERY", (string?)activity.Properties[WhatsAppMessageMapper.TemplatePayloadProperty]);
    }

    [Fact]
    public void CardSubmit_InAButtonId_IsTheActivitysValue()
    {
        var body = new JObject
        {
            ["message"] = new JObject
            {
                ["from"] = WhatsAppFixtures.Customer, ["id"] = "wamid.x", ["timestamp"] = "1781190060", ["type"] = "interactive",
                ["interactive"] = new JObject { ["type"] = "button_reply", ["button_reply"] = new JObject { ["id"] = "{\"action\":\"addToCart\",\"sku\":\"ARP\"}", ["title"] = "Add" } },
            },
        };

        var activity = WhatsAppMessageMapper.Map(WhatsAppFixtures.NumberId, body, DateTimeOffset.UnixEpoch).Activity!;

        Assert.Null(activity.Text);
        Assert.Equal("addToCart", (string?)((JObject)activity.Value)["action"]);
    }

    [Theory]
    [InlineData("location", "application/vnd.facebook.location")]
    [InlineData("image", "image/jpeg")]
    [InlineData("sticker", "application/vnd.facebook.sticker")]
    [InlineData("document", "application/pdf")]
    public void Media_AreAttachments(string type, string contentType)
    {
        var content = type == "location"
            ? new JObject { ["latitude"] = 45.76, ["longitude"] = 4.83, ["name"] = "Bellecour" }
            : new JObject { ["id"] = "media-1", ["mime_type"] = contentType, ["sha256"] = "abc" };
        var body = new JObject
        {
            ["message"] = new JObject { ["from"] = WhatsAppFixtures.Customer, ["id"] = "wamid.m", ["timestamp"] = "1781190060", ["type"] = type, [type] = content },
        };

        var attachment = Assert.Single(WhatsAppMessageMapper.Map(WhatsAppFixtures.NumberId, body, DateTimeOffset.UnixEpoch).Activity!.Attachments);

        Assert.Equal(contentType, attachment.ContentType);
    }

    [Fact]
    public void Reaction_RunsNoTurn()
    {
        var body = new JObject
        {
            ["message"] = new JObject
            {
                ["from"] = WhatsAppFixtures.Customer, ["id"] = "wamid.r", ["timestamp"] = "1781190060", ["type"] = "reaction",
                ["reaction"] = new JObject { ["message_id"] = "wamid.ours", ["emoji"] = "👍" },
            },
        };

        Assert.Null(WhatsAppMessageMapper.Map(WhatsAppFixtures.NumberId, body, DateTimeOffset.UnixEpoch).Activity);
    }

    [Theory]
    [InlineData("whatsapp_status_delivered", "delivered")]
    [InlineData("whatsapp_status_failed_window_closed", "failed")]
    public void Status_IsAnEventOfItsOwn_KeyedByMessageAndStatus(string fixture, string status)
    {
        var e = Single(fixture);

        Assert.EndsWith($":{status}", e.Key, StringComparison.Ordinal);
        Assert.Equal("status", (string?)e.Body["kind"]);
        Assert.Equal($"{WhatsAppFixtures.NumberId}-{WhatsAppFixtures.Customer}", e.ConversationId);
    }

    [Fact]
    public void UnknownNumber_IsNotConfigured()
    {
        var other = new WhatsAppOptions { AppSecret = "s" };
        other.PhoneNumbers.Add(new WhatsAppNumberOptions { PhoneNumberId = "999", AccessToken = "t" });

        Assert.IsType<WebhookParseResult.NotConfigured>(WhatsAppWebhookParser.Parse(WhatsAppFixtures.Bytes("whatsapp_text"), other));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"object\":\"whatsapp_business_account\"}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":\"108941275530092\"},\"messages\":[{\"type\":\"text\"}]}}]}]}")]
    // Ids of the wrong JSON type must be a 400, not an exception (a 500 Meta would redeliver for 7 days).
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":{}}}}]}]}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":\"108941275530092\"},\"messages\":[{\"id\":[1],\"from\":\"1\",\"timestamp\":\"1\",\"type\":\"text\"}]}}]}]}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":\"108941275530092\"},\"statuses\":[{\"id\":\"w\",\"status\":{},\"recipient_id\":\"1\",\"timestamp\":\"1\"}]}}]}]}")]
    public void Malformed_IsInvalid(string body)
    {
        Assert.IsType<WebhookParseResult.Invalid>(WhatsAppWebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes(body), Options));
    }
}
