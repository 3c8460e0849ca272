using System.Globalization;
using System.Text.Json;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// Checks an incoming Bot Framework activity before the adapter sees it, so that malformed requests get a 400
/// that says what is wrong instead of an exception deep in the SDK.
/// </summary>
public static class ActivityRequestValidator
{
    // Dates the adapter's reader turns into DateTimeOffset values.
    private static readonly string[] TimestampProperties = ["timestamp", "localTimestamp", "expiration"];

    /// <summary>Checks <paramref name="body"/>: its problem, or where its replies go when it is a usable activity.</summary>
    public static ActivityRequestCheck Validate(string body)
    {
        ArgumentNullException.ThrowIfNull(body);

        // System.Text.Json reads the body without building a tree of objects: the adapter parses the activity
        // itself right after, so this check should cost little. Comments and trailing commas are tolerated, as the
        // adapter's own reader tolerates them.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException ex)
        {
            return ActivityRequestCheck.Invalid($"The body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            return Check(document.RootElement);
        }
    }

    private static ActivityRequestCheck Check(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return ActivityRequestCheck.Invalid("The body must be a JSON object (a Bot Framework activity).");
        }

        if (!IsNonEmptyString(activity, "type"))
        {
            return ActivityRequestCheck.Invalid("The activity has no \"type\" (for example \"message\").");
        }

        if (!activity.TryGetProperty("conversation", out var conversation)
            || conversation.ValueKind != JsonValueKind.Object
            || !IsNonEmptyString(conversation, "id"))
        {
            return ActivityRequestCheck.Invalid("The activity has no \"conversation.id\".");
        }

        if (!IsNonEmptyString(activity, "channelId"))
        {
            return ActivityRequestCheck.Invalid("The activity has no \"channelId\".");
        }

        // The adapter builds a connector for the serviceUrl even when replies come back in the response
        // (deliveryMode expectReplies), so it is required either way.
        if (!activity.TryGetProperty("serviceUrl", out var serviceUrl)
            || serviceUrl.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return ActivityRequestCheck.Invalid("The activity has no absolute http(s) \"serviceUrl\" (the address replies are sent to).");
        }

        // The sender's id is what the customer's state and orders are keyed by: a turn cannot run without it.
        if (!activity.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object)
        {
            return ActivityRequestCheck.Invalid("The activity has no \"from\" (an object with the sender's \"id\").");
        }

        if (!IsNonEmptyString(from, "id"))
        {
            return ActivityRequestCheck.Invalid("The activity has no \"from.id\" (the sender's id).");
        }

        // The adapter's reader throws (a 500) on a date it cannot represent, such as an offset beyond ±14:00.
        foreach (var name in TimestampProperties)
        {
            if (activity.TryGetProperty(name, out var timestamp) && timestamp.ValueKind != JsonValueKind.Null && !IsDateTimeOffset(timestamp))
            {
                return ActivityRequestCheck.Invalid($"\"{name}\" is not an ISO 8601 date and time with an offset between -14:00 and +14:00.");
            }
        }

        var expectsReplies = activity.TryGetProperty("deliveryMode", out var mode)
            && mode.ValueKind == JsonValueKind.String
            && string.Equals(mode.GetString(), "expectReplies", StringComparison.Ordinal); // as the SDK compares it
        return new ActivityRequestCheck(null, uri, expectsReplies);
    }

    private static bool IsDateTimeOffset(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 64,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static bool IsNonEmptyString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString());
}
