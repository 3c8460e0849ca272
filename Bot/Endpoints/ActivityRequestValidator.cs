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

        // The adapter builds a connector for the serviceUrl even when replies come back in the response
        // (deliveryMode expectReplies), so it is required either way.
        if (activity["serviceUrl"] is not { Type: JTokenType.String } serviceUrl
            || !Uri.TryCreate(serviceUrl.Value<string>(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity has no absolute http(s) \"serviceUrl\" (the address replies are sent to).";
        }

        return null;
    }

    private static bool IsNonEmptyString(JToken? token) =>
        token is { Type: JTokenType.String } && !string.IsNullOrWhiteSpace(token.Value<string>());
}
