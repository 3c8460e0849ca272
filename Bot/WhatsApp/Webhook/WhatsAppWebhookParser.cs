using System.Globalization;
using Majordome.Bot.Channels;
using Majordome.Bot.Messenger.Mapping;
using Majordome.Bot.Messenger.Webhook;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WhatsApp.Webhook;

/// <summary>
/// Turns a WhatsApp webhook body (<c>object: whatsapp_business_account</c>, <c>entry[].changes[].value</c>) into
/// inbox events: one per customer message (keyed by its <c>wamid</c>) and one per status change (keyed by message
/// and status), each routed by <c>metadata.phone_number_id</c>. The stored body keeps what the handler needs: the
/// message or status, the sender's contact, the number's metadata.
/// </summary>
public static class WhatsAppWebhookParser
{
    /// <summary>The only object this webhook handles.</summary>
    public const string ObjectName = "whatsapp_business_account";

    /// <summary>Parses <paramref name="body"/> (already signature-checked) for the configured numbers.</summary>
    public static WebhookParseResult Parse(ReadOnlySpan<byte> body, WhatsAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Read(body) is not { } root)
        {
            return new WebhookParseResult.Invalid("The body is not one JSON object.");
        }

        var objectName = root["object"] is JValue { Type: JTokenType.String } o ? (string)o! : null;
        if (objectName is null || root["entry"] is not JArray entries)
        {
            return new WebhookParseResult.Invalid("The body needs \"object\" and an \"entry\" array.");
        }

        if (objectName != ObjectName)
        {
            return new WebhookParseResult.Ignored(objectName);
        }

        var events = new List<WebhookEvent>();
        var skipped = new List<string>();
        foreach (var entry in entries)
        {
            if (entry is not JObject { } e || e["changes"] is not JArray changes)
            {
                return new WebhookParseResult.Invalid("Every entry needs a \"changes\" array.");
            }

            foreach (var change in changes.OfType<JObject>())
            {
                if (change["value"] is not JObject value || (JsonIds.Text(change["field"]) is { } field && field != "messages"))
                {
                    // Other fields (template status, account updates) are not the conversation's business.
                    continue;
                }

                // Ids are read as strings only: another JSON type is a malformed body (400), not an exception (500).
                var number = JsonIds.Text(value["metadata"]?["phone_number_id"]);
                if (string.IsNullOrEmpty(number))
                {
                    return new WebhookParseResult.Invalid("A change has no metadata.phone_number_id.");
                }

                if (options.FindNumber(number) is null)
                {
                    skipped.Add(number);
                    continue;
                }

                if (!AddMessages(value, number, events) || !AddStatuses(value, number, events))
                {
                    return new WebhookParseResult.Invalid("A message or status lacks its id, sender or timestamp.");
                }
            }
        }

        return events.Count == 0 && skipped.Count > 0
            ? new WebhookParseResult.NotConfigured(skipped.Distinct().ToList())
            : new WebhookParseResult.Accepted(events, skipped.Distinct().ToList());
    }

    private static bool AddMessages(JObject value, string number, List<WebhookEvent> events)
    {
        foreach (var message in (value["messages"] as JArray)?.OfType<JObject>() ?? [])
        {
            var id = JsonIds.Text(message["id"]);
            var from = JsonIds.Text(message["from"]);
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(from) || Time(message["timestamp"]) is not { } at)
            {
                return false;
            }

            var contact = (value["contacts"] as JArray)?.OfType<JObject>().FirstOrDefault(c => JsonIds.Text(c["wa_id"]) == from);
            var thread = new WhatsAppThread(number, from);
            var body = new JObject { ["kind"] = "message", ["message"] = message, ["contact"] = contact, ["metadata"] = value["metadata"] };
            events.Add(new WebhookEvent($"{ChannelIds.WhatsApp}/{number}/{id}", ChannelIds.WhatsApp, number, thread.ConversationId, at, false, body));
        }

        return true;
    }

    private static bool AddStatuses(JObject value, string number, List<WebhookEvent> events)
    {
        foreach (var status in (value["statuses"] as JArray)?.OfType<JObject>() ?? [])
        {
            var id = JsonIds.Text(status["id"]);
            var state = JsonIds.Text(status["status"]);
            var recipient = JsonIds.Text(status["recipient_id"]);
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(state) || string.IsNullOrEmpty(recipient) || Time(status["timestamp"]) is not { } at)
            {
                return false;
            }

            var thread = new WhatsAppThread(number, recipient);
            var body = new JObject { ["kind"] = "status", ["status"] = status, ["metadata"] = value["metadata"] };
            events.Add(new WebhookEvent($"{ChannelIds.WhatsApp}/{number}/status:{id}:{state}", ChannelIds.WhatsApp, number, thread.ConversationId, at, false, body));
        }

        return true;
    }

    // WhatsApp timestamps are epoch seconds, as strings (numbers are accepted too).
    private static DateTimeOffset? Time(JToken? token) =>
        token is JValue { Value: { } v } && long.TryParse(Convert.ToString(v, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static JObject? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body.ToArray()), new System.Text.UTF8Encoding(false, true)))
            {
                DateParseHandling = DateParseHandling.None,
                MaxDepth = WebhookParser.MaxDepth,
            };
            return JToken.ReadFrom(reader) is JObject parsed && !reader.Read() ? parsed : null;
        }
        catch (Exception ex) when (ex is JsonException or System.Text.DecoderFallbackException or InvalidOperationException)
        {
            return null;
        }
    }
}
