using Majordome.Bot.Channels;
using Majordome.Bot.Messenger.Mapping;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WhatsApp.Mapping;

/// <summary>
/// Maps a stored WhatsApp message (<see cref="Webhook.WhatsAppWebhookParser"/>'s body) to an activity: text; a tapped
/// reply button or list row as the id our renderer gave it (the choice's value, or a card's JSON submit as the
/// activity's value); a template's quick-reply button as its text with its payload; location, image, audio, video,
/// document and sticker as attachments (Messenger's content types where they exist); <c>context</c> as the message
/// replied to. A reaction refreshes the window but runs no turn.
/// </summary>
public static class WhatsAppMessageMapper
{
    /// <summary>The activity property holding a template button's payload.</summary>
    public const string TemplatePayloadProperty = "whatsappPayload";

    /// <summary>Maps <paramref name="body"/> received on <paramref name="phoneNumberId"/>.</summary>
    public static WhatsAppInbound Map(string phoneNumberId, JObject body, DateTimeOffset timestamp)
    {
        ArgumentException.ThrowIfNullOrEmpty(phoneNumberId);
        ArgumentNullException.ThrowIfNull(body);
        var message = body["message"] as JObject ?? throw new ArgumentException("The body has no message.", nameof(body));
        var id = (string?)message["id"] ?? throw new ArgumentException("The message has no id.", nameof(body));
        var thread = new WhatsAppThread(phoneNumberId, (string?)message["from"] ?? throw new ArgumentException("The message has no sender.", nameof(body)));
        var type = (string?)message["type"] ?? "unknown";
        if (type == "reaction")
        {
            return new WhatsAppInbound(thread, null, timestamp, id, $"reaction {(string?)message["reaction"]?["emoji"]}");
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            ChannelId = ChannelIds.WhatsApp,
            Conversation = new ConversationAccount(id: thread.ConversationId),
            From = new ChannelAccount(thread.UserKey, (string?)body["contact"]?["profile"]?["name"], RoleTypes.User),
            Recipient = new ChannelAccount(phoneNumberId, role: RoleTypes.Bot),
            Timestamp = timestamp,
            ReplyToId = (string?)message["context"]?["id"],
            ChannelData = message.DeepClone(),
        };
        switch (type)
        {
            case "text":
                activity.Text = (string?)message["text"]?["body"];
                break;
            case "interactive":
                var reply = message["interactive"]?["button_reply"] ?? message["interactive"]?["list_reply"];
                var payload = (string?)reply?["id"];
                activity.Value = PayloadValue.AsObject(payload);
                activity.Text = activity.Value is null ? payload ?? (string?)reply?["title"] : null;
                break;
            case "button":
                activity.Text = (string?)message["button"]?["text"];
                activity.Properties[TemplatePayloadProperty] = (string?)message["button"]?["payload"];
                break;
            case "location":
                var location = message["location"];
                activity.Attachments = [new Attachment(AttachmentMapper.LocationContentType, (string?)location?["url"], new JObject
                {
                    ["latitude"] = location?["latitude"]?.DeepClone(),
                    ["longitude"] = location?["longitude"]?.DeepClone(),
                }, name: (string?)location?["name"])];
                break;
            case "image" or "audio" or "video" or "document" or "sticker" or "voice":
                activity.Attachments = [Media(type, message[type] as JObject)];
                activity.Text = (string?)message[type]?["caption"];
                break;
            default:
                // An unsupported or future type: the turn sees a message without text, as for an unknown attachment.
                activity.Attachments = [new Attachment($"application/vnd.whatsapp.{type}", content: message[type]?.DeepClone())];
                break;
        }

        return new WhatsAppInbound(thread, activity, timestamp, id, type);
    }

    // Media arrive as an id to download with the number's token, not as a URL.
    private static Attachment Media(string type, JObject? media)
    {
        var contentType = type == "sticker"
            ? AttachmentMapper.StickerContentType
            : (string?)media?["mime_type"] ?? $"{(type == "document" ? "application" : type)}/*";
        return new Attachment(contentType, content: new JObject { ["id"] = media?["id"]?.DeepClone(), ["sha256"] = media?["sha256"]?.DeepClone() }, name: (string?)media?["filename"]);
    }
}
