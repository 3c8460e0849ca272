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
        var id = JsonIds.Text(message["id"]) ?? throw new ArgumentException("The message has no id.", nameof(body));
        var thread = new WhatsAppThread(phoneNumberId, JsonIds.Text(message["from"]) ?? throw new ArgumentException("The message has no sender.", nameof(body)));
        var type = JsonIds.Text(message["type"]) ?? "unknown";
        if (type == "reaction")
        {
            return new WhatsAppInbound(thread, null, timestamp, id, $"reaction {JsonIds.Text(message["reaction"]?["emoji"])}");
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            ChannelId = ChannelIds.WhatsApp,
            Conversation = new ConversationAccount(id: thread.ConversationId),
            From = new ChannelAccount(thread.UserKey, JsonIds.Text(body["contact"]?["profile"]?["name"]), RoleTypes.User),
            Recipient = new ChannelAccount(phoneNumberId, role: RoleTypes.Bot),
            Timestamp = timestamp,
            ReplyToId = JsonIds.Text(message["context"]?["id"]),
            ChannelData = message.DeepClone(),
        };
        switch (type)
        {
            case "text":
                activity.Text = JsonIds.Text(message["text"]?["body"]);
                break;
            case "interactive":
                var reply = message["interactive"]?["button_reply"] ?? message["interactive"]?["list_reply"];
                var payload = JsonIds.Text(reply?["id"]);
                activity.Value = PayloadValue.AsObject(payload);
                activity.Text = activity.Value is null ? payload ?? JsonIds.Text(reply?["title"]) : null;
                break;
            case "button":
                activity.Text = JsonIds.Text(message["button"]?["text"]);
                activity.Properties[TemplatePayloadProperty] = JsonIds.Text(message["button"]?["payload"]);
                break;
            case "location":
                var location = message["location"];
                activity.Attachments = [new Attachment(AttachmentMapper.LocationContentType, JsonIds.Text(location?["url"]), new JObject
                {
                    ["latitude"] = location?["latitude"]?.DeepClone(),
                    ["longitude"] = location?["longitude"]?.DeepClone(),
                }, name: JsonIds.Text(location?["name"]))];
                break;
            case "image" or "audio" or "video" or "document" or "sticker" or "voice":
                activity.Attachments = [Media(type, message[type] as JObject)];
                activity.Text = JsonIds.Text(message[type]?["caption"]);
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
            : JsonIds.Text(media?["mime_type"]) ?? $"{(type == "document" ? "application" : type)}/*";
        return new Attachment(contentType, content: new JObject { ["id"] = media?["id"]?.DeepClone(), ["sha256"] = media?["sha256"]?.DeepClone() }, name: JsonIds.Text(media?["filename"]));
    }
}
