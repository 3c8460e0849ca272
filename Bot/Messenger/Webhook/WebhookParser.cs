using Majordome.Bot.Messenger.Mapping;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Webhook;

/// <summary>
/// Checks the envelope of a signed webhook body (<c>object</c>, <c>entry[]</c>, each entry's <c>messaging[]</c>
/// and <c>standby[]</c>, either of which may be missing) and lists its events with their account, thread and key.
/// The whole body is checked before anything is accepted, so a malformed batch is refused as a whole.
/// </summary>
public static class WebhookParser
{
    /// <summary>The deepest JSON nesting accepted; real notifications need about 10.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses <paramref name="body"/> (UTF-8 JSON) against the configured accounts of <paramref name="options"/>.</summary>
    public static WebhookParseResult Parse(ReadOnlySpan<byte> body, MessengerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body.ToArray()), new System.Text.UTF8Encoding(false, true)))
            {
                DateParseHandling = DateParseHandling.None,
                MaxDepth = MaxDepth,
            };
            if (JToken.ReadFrom(reader) is not JObject parsed || reader.Read())
            {
                return new WebhookParseResult.Invalid("The body must be one JSON object.");
            }

            root = parsed;
        }
        catch (Exception ex) when (ex is JsonException or System.Text.DecoderFallbackException or InvalidOperationException)
        {
            return new WebhookParseResult.Invalid("The body is not valid JSON.");
        }

        if (JsonIds.Text(root["object"]) is not { } kind)
        {
            return new WebhookParseResult.Invalid("\"object\" must be a string.");
        }

        var channelId = kind switch
        {
            "page" => MessengerChannels.Facebook,
            "instagram" => MessengerChannels.Instagram,
            _ => null,
        };
        if (channelId is null)
        {
            return new WebhookParseResult.Ignored(kind);
        }

        if (root["entry"] is not JArray entries)
        {
            return new WebhookParseResult.Invalid("\"entry\" must be an array.");
        }

        var events = new List<WebhookEvent>();
        var skipped = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (ParseEntry(entries[i], $"entry[{i}]", channelId, options, events, skipped) is { } problem)
            {
                return new WebhookParseResult.Invalid(problem);
            }
        }

        return entries.Count > 0 && skipped.Count == entries.Count
            ? new WebhookParseResult.NotConfigured(skipped)
            : new WebhookParseResult.Accepted(events, skipped);
    }

    private static string? ParseEntry(JToken token, string path, string channelId, MessengerOptions options, List<WebhookEvent> events, List<string> skipped)
    {
        if (token is not JObject entry)
        {
            return $"{path} must be an object.";
        }

        if (JsonIds.Read(entry["id"]) is not { } accountId)
        {
            return $"{path}.id must be a string or an integer.";
        }

        if (!EventTime.IsTimeShaped(entry["time"]))
        {
            return $"{path}.time must be an epoch time in milliseconds.";
        }

        var entryEvents = new List<WebhookEvent>();
        foreach (var (list, standby) in new[] { ("messaging", false), ("standby", true) })
        {
            if (entry[list] is null or JValue { Type: JTokenType.Null })
            {
                continue;
            }

            if (entry[list] is not JArray items)
            {
                return $"{path}.{list} must be an array.";
            }

            for (var i = 0; i < items.Count; i++)
            {
                var eventPath = $"{path}.{list}[{i}]";
                if (EventShape.Problem(items[i], eventPath) is { } problem)
                {
                    return problem;
                }

                var body = (JObject)items[i];
                var time = EventTime.Read(body["timestamp"]) ?? EventTime.Read(entry["time"]) ?? DateTimeOffset.UnixEpoch;
                var user = EventIdentity.CustomerOf(body);
                var conversation = user is null ? accountId : new MessengerThread(channelId, accountId, user).ConversationId;
                entryEvents.Add(new WebhookEvent(EventIdentity.DedupeKey(channelId, accountId, standby, body), channelId, accountId, conversation, time, standby, body));
            }
        }

        if (!IsConfigured(channelId, accountId, options))
        {
            skipped.Add(accountId);
            return null;
        }

        events.AddRange(entryEvents);
        return null;
    }

    private static bool IsConfigured(string channelId, string accountId, MessengerOptions options) =>
        options.Pages.Any(p => channelId == MessengerChannels.Facebook ? p.PageId == accountId : p.InstagramAccountId == accountId);
}
