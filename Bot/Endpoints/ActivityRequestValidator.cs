using System.Text.Json;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// Checks an incoming Bot Framework activity before the adapter sees it, so that malformed requests get a 400
/// that says what is wrong instead of an exception deep in the SDK.
/// </summary>
public static class ActivityRequestValidator
{
    /// <summary>Returns the problem with <paramref name="body"/>, or null when it is a usable activity.</summary>
    public static string? Validate(string body)
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
            return $"The body is not valid JSON: {ex.Message}";
        }

        using (document)
        {
            var activity = document.RootElement;
            if (activity.ValueKind != JsonValueKind.Object)
            {
                return "The body must be a JSON object (a Bot Framework activity).";
            }

            if (!IsNonEmptyString(activity, "type"))
            {
                return "The activity has no \"type\" (for example \"message\").";
            }

            if (!activity.TryGetProperty("conversation", out var conversation)
                || conversation.ValueKind != JsonValueKind.Object
                || !IsNonEmptyString(conversation, "id"))
            {
                return "The activity has no \"conversation.id\".";
            }

            if (!IsNonEmptyString(activity, "channelId"))
            {
                return "The activity has no \"channelId\".";
            }

            if (activity.TryGetProperty("from", out var from) && from.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                return "\"from\" must be an object with an \"id\".";
            }

            // The adapter builds a connector for the serviceUrl even when replies come back in the response
            // (deliveryMode expectReplies), so it is required either way.
            if (!activity.TryGetProperty("serviceUrl", out var serviceUrl)
                || serviceUrl.ValueKind != JsonValueKind.String
                || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return "The activity has no absolute http(s) \"serviceUrl\" (the address replies are sent to).";
            }

            return null;
        }
    }

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
