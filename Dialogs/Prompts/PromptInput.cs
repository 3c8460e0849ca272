using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// The answer's text, whether it was typed or sent by a button: a card's submit action and a postback carry it
/// in <c>Activity.Value</c>, so prompts handle a click exactly like typing the same answer.
/// </summary>
public static class PromptInput
{
    private static readonly string[] ValueProperties = ["text", "value", "choice", "answer"];

    /// <summary>The text of the answer, or null when there is none.</summary>
    public static string? GetText(IActivity? activity)
    {
        if (activity is not IMessageActivity message)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            return message.Text.Trim();
        }

        // Channels deliver the value as JSON; adapters inside the process may hand over any object.
        var value = message.Value is null or JToken ? message.Value as JToken : JToken.FromObject(message.Value);
        return value switch
        {
            JObject o => ValueProperties.Select(p => o[p]).OfType<JValue>().Select(v => v.ToString().Trim()).FirstOrDefault(s => s.Length > 0),
            JValue { Value: not null } v when v.ToString().Trim() is { Length: > 0 } s => s,
            _ => null,
        };
    }
}
