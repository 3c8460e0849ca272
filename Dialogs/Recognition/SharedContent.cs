using Microsoft.Bot.Schema;
using GeoCoordinates = Majordome.Dialogs.Content.GeoCoordinates;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// What a customer's message shares besides text, read from its attachments as the channels map them: a location
/// (an attachment whose content holds numeric <c>latitude</c> and <c>longitude</c>), a mention of the brand in the
/// customer's story or a reply to the brand's story (content types ending in <c>.story_mention</c> and
/// <c>.story_reply</c>), or other media (a photo, a sticker, a voice note, a video, a file, a shared link).
/// </summary>
/// <param name="Location">The shared location, if any.</param>
/// <param name="StoryMention">The customer mentioned the brand in their story.</param>
/// <param name="StoryReply">The customer replied to the brand's story.</param>
/// <param name="Media">Any other attachment: something the bot cannot read.</param>
public sealed record SharedContent(GeoCoordinates? Location, bool StoryMention, bool StoryReply, bool Media)
{
    private static readonly SharedContent Nothing = new(null, false, false, false);

    /// <summary>True when the message shares anything besides text.</summary>
    public bool Any => Location is not null || StoryMention || StoryReply || Media;

    /// <summary>What <paramref name="activity"/> shares.</summary>
    public static SharedContent Of(IActivity? activity)
    {
        if (activity is not IMessageActivity { Attachments: { Count: > 0 } attachments })
        {
            return Nothing;
        }

        GeoCoordinates? location = null;
        bool mention = false, reply = false, media = false;
        foreach (var attachment in attachments)
        {
            var type = attachment.ContentType ?? string.Empty;
            if (type.EndsWith(".story_mention", StringComparison.Ordinal))
            {
                mention = true;
            }
            else if (type.EndsWith(".story_reply", StringComparison.Ordinal))
            {
                reply = true;
            }
            else if (location is null && LocationOf(attachment) is { } point)
            {
                location = point;
            }
            else
            {
                media = true;
            }
        }

        return new SharedContent(location, mention, reply, media);
    }

    private static GeoCoordinates? LocationOf(Attachment attachment)
    {
        // The content is whatever the channel mapped: an object, a string, an array (a WhatsApp contact card), a
        // number. Only an object can hold a location; anything else is media, never an exception.
        var content = attachment.Content switch
        {
            JObject json => json,
            null or string or JToken or System.Collections.IEnumerable or IConvertible => null,
            var other => JToken.FromObject(other) as JObject,
        };
        return content?["latitude"] is JValue { Type: JTokenType.Float or JTokenType.Integer } latitude
            && content["longitude"] is JValue { Type: JTokenType.Float or JTokenType.Integer } longitude
            && (double)latitude is >= -90 and <= 90 && (double)longitude is >= -180 and <= 180
                ? new GeoCoordinates((double)latitude, (double)longitude)
                : null;
    }
}
