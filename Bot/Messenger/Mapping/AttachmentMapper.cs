using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// Turns <c>message.attachments[]</c> into Bot Framework attachments. Media keep a MIME family
/// (<c>image/*</c>, <c>video/*</c>, <c>audio/*</c>, <c>application/octet-stream</c>) and their CDN URL, which
/// expires: download it soon if it matters. Everything else is <c>application/vnd.{facebook|instagram}.{type}</c>
/// with the URL when there is one and the payload as content, so nothing Meta sent is lost.
/// </summary>
public static class AttachmentMapper
{
    /// <summary>The content type of a sticker (its payload's <c>sticker_id</c> is in the content).</summary>
    public const string StickerContentType = "application/vnd.facebook.sticker";

    /// <summary>The content type of a legacy location share (content <c>{latitude, longitude}</c>).</summary>
    public const string LocationContentType = "application/vnd.facebook.location";

    /// <summary>The content type of a link shared in Messenger (<c>fallback</c>).</summary>
    public const string LinkContentType = "application/vnd.facebook.link";

    /// <summary>The attachments of a message, in order; a sticker sent during Meta's 2026 transition (both an image and a sticker) appears once.</summary>
    public static IList<Attachment> Map(string channelId, JObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = new List<Attachment>();
        var items = (message["attachments"] as JArray)?.OfType<JObject>().ToList() ?? [];

        // Until 30 August 2026 a sticker also arrives as an image carrying the same sticker_id: keep the sticker.
        var stickerIds = items.Where(a => Type(a) == "sticker").Select(a => JsonIds.Read(a["payload"]?["sticker_id"])).OfType<string>().ToHashSet();
        foreach (var item in items)
        {
            var type = Type(item);
            var payload = item["payload"] as JObject;
            if (type == "image" && JsonIds.Read(payload?["sticker_id"]) is { } stickerId && stickerIds.Contains(stickerId))
            {
                continue;
            }

            result.Add(MapOne(channelId, type, item, payload));
        }

        if (message["reply_to"]?["story"] is JObject story)
        {
            result.Add(new Attachment("application/vnd.instagram.story_reply", JsonIds.Text(story["url"]), new JObject { ["id"] = JsonIds.Read(story["id"]) }));
        }

        return result;
    }

    private static string Type(JObject attachment) => JsonIds.Text(attachment["type"]) ?? "unknown";

    private static Attachment MapOne(string channelId, string type, JObject item, JObject? payload)
    {
        var url = JsonIds.Text(payload?["url"]) ?? JsonIds.Text(item["url"]);
        var title = JsonIds.Text(payload?["title"]) ?? JsonIds.Text(item["title"]);
        switch (type)
        {
            case "image":
                return new Attachment("image/*", url, name: title);
            case "video":
                return new Attachment("video/*", url, name: title);
            case "audio":
                return new Attachment("audio/*", url, name: title);
            case "file":
                return new Attachment("application/octet-stream", url, name: title ?? FileName(url));
            case "sticker":
                return new Attachment(StickerContentType, url, new JObject { ["stickerId"] = JsonIds.Read(payload?["sticker_id"]) });
            case "location":
                var coordinates = payload?["coordinates"] as JObject;
                return new Attachment(LocationContentType, url, new JObject
                {
                    ["latitude"] = coordinates?["lat"]?.DeepClone(),
                    ["longitude"] = coordinates?["long"]?.DeepClone(),
                }, name: title);
            case "fallback":
                return new Attachment(LinkContentType, url, name: title);
            default:
                // share, ig_post, post, story_mention, ig_reel, reel, ephemeral (no URL), template, appointment_booking...
                var platform = channelId == MessengerChannels.Instagram ? "instagram" : "facebook";
                return new Attachment($"application/vnd.{platform}.{type}", url, payload?.DeepClone(), name: title);
        }
    }

    private static string? FileName(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Segments.Length > 0
            ? Uri.UnescapeDataString(uri.Segments[^1]).Trim('/') is { Length: > 0 } name ? name : null
            : null;
}
