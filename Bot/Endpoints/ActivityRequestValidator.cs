using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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
        JObject activity;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            if (JToken.ReadFrom(reader) is not JObject parsed)
            {
                return "The body must be a JSON object (a Bot Framework activity).";
            }

            activity = parsed;
        }
        catch (JsonException ex)
        {
            return $"The body is not valid JSON: {ex.Message}";
        }

        if (!IsNonEmptyString(activity["type"]))
        {
            return "The activity has no \"type\" (for example \"message\").";
        }

        if (!IsNonEmptyString(activity.SelectToken("conversation.id")))
        {
            return "The activity has no \"conversation.id\".";
        }

        if (!IsNonEmptyString(activity["channelId"]))
        {
            return "The activity has no \"channelId\".";
        }

        if (activity["from"] is not null && activity["from"] is not JObject)
        {
            return "\"from\" must be an object with an \"id\".";
        }

        var expectReplies = string.Equals(activity.Value<string>("deliveryMode"), "expectReplies", StringComparison.OrdinalIgnoreCase);
        if (!expectReplies && !Uri.TryCreate(activity.Value<string>("serviceUrl"), UriKind.Absolute, out _))
        {
            return "The activity has no absolute \"serviceUrl\" to send replies to (or set \"deliveryMode\": \"expectReplies\").";
        }

        return null;
    }

    private static bool IsNonEmptyString(JToken? token) =>
        token is { Type: JTokenType.String } && !string.IsNullOrWhiteSpace(token.Value<string>());
}
