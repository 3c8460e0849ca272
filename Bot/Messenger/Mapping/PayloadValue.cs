using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// Button payloads. Majordome's own card buttons, persistent menu and ice breakers send JSON objects
/// (<c>{"action":"menu","choice":"book"}</c>), which become the activity's <c>Value</c> exactly as a card submit
/// would; any other payload is plain text.
/// </summary>
public static class PayloadValue
{
    /// <summary>The payload of the Get Started button when a page set it up without Majordome.</summary>
    public const string LegacyGetStarted = "GET_STARTED";

    /// <summary>The action name of the Get Started button's payload.</summary>
    public const string GetStartedAction = Majordome.Dialogs.Conversations.ConversationStart.GetStartedAction;

    /// <summary>The payload as a JSON object, or null when it is not one.</summary>
    public static JObject? AsObject(string? payload)
    {
        var trimmed = payload?.Trim();
        if (trimmed is not { Length: > 1 } || trimmed[0] != '{')
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(trimmed)) { DateParseHandling = DateParseHandling.None, MaxDepth = 32 };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? null : token as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether the value is the Get Started button's (ours, or the literal GET_STARTED mapped to it).</summary>
    public static bool IsGetStarted(JObject? value) => JsonIds.Text(value?["action"]) == GetStartedAction;
}
