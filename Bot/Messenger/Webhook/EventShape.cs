using Majordome.Bot.Messenger.Mapping;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Webhook;

/// <summary>The checks one event must pass: ids that are strings or integers, a readable timestamp, objects where Meta puts objects.</summary>
internal static class EventShape
{
    private static readonly string[] ObjectKeys =
    [
        "message", "postback", "referral", "optin", "reaction", "read", "delivery", "message_edit",
        "pass_thread_control", "take_thread_control", "request_thread_control", "app_roles", "policy_enforcement",
    ];

    private static readonly string[] TextFields = ["mid", "text"];

    /// <summary>What is wrong with <paramref name="token"/>, or null when it is a well-formed event.</summary>
    public static string? Problem(JToken token, string path)
    {
        if (token is not JObject messagingEvent)
        {
            return $"{path} must be an object.";
        }

        foreach (var account in new[] { "sender", "recipient" })
        {
            var value = messagingEvent[account];
            if (value is not null and not JValue { Type: JTokenType.Null } && (value is not JObject o || !JsonIds.IsIdShaped(o["id"])))
            {
                return $"{path}.{account} must be an object whose id is a string or an integer.";
            }
        }

        if (!EventTime.IsTimeShaped(messagingEvent["timestamp"]))
        {
            return $"{path}.timestamp must be an epoch time in milliseconds.";
        }

        foreach (var key in ObjectKeys)
        {
            var value = messagingEvent[key];
            if (value is not null and not JObject)
            {
                return $"{path}.{key} must be an object.";
            }
        }

        if (messagingEvent["message"] is JObject message)
        {
            foreach (var field in TextFields)
            {
                if (message[field] is { } v and not JValue { Type: JTokenType.String or JTokenType.Null })
                {
                    return $"{path}.message.{field} must be a string.";
                }
            }

            if (message["attachments"] is { } attachments and not JArray and not JValue { Type: JTokenType.Null })
            {
                return $"{path}.message.attachments must be an array.";
            }
        }

        return null;
    }
}
