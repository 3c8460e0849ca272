using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>A button on a reply and what clicking it sends, as Web Chat would.</summary>
/// <param name="Title">The button's title.</param>
/// <param name="Text">The text a click sends, or null.</param>
/// <param name="Value">The value a click sends (a card's submit data, a postback object), or null.</param>
/// <param name="Url">The link it opens instead of sending anything, or null.</param>
public sealed record ReplyButton(string Title, string? Text, JToken? Value, string? Url = null)
{
    /// <summary>Whether a click sends a message to the bot (a link does not).</summary>
    public bool SendsMessage => Url is null && (Text is not null || Value is not null);

    /// <summary>The buttons of suggested actions.</summary>
    public static IReadOnlyList<ReplyButton> FromSuggestedActions(SuggestedActions? actions) =>
        actions?.Actions?.Select(FromCardAction).ToList() ?? [];

    /// <summary>The buttons of a card attachment: a hero card's buttons, or an Adaptive Card's actions in document order, including action sets and shown cards.</summary>
    public static IReadOnlyList<ReplyButton> FromCard(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var content = attachment.Content switch
        {
            JToken token => token,
            null => null,
            var other => JToken.FromObject(other),
        };

        // A hero or thumbnail card (the FAQ's related questions) carries Bot Framework card actions, not Adaptive ones.
        if (content is JObject { } rich && rich["buttons"] is JArray heroButtons)
        {
            return heroButtons.OfType<JObject>().Select(b => FromCardAction(b.ToObject<CardAction>()!)).ToList();
        }

        var buttons = new List<ReplyButton>();
        Collect(content, buttons);
        return buttons;
    }

    private static ReplyButton FromCardAction(CardAction action)
    {
        var title = TextPattern.Normalize(action.Title ?? action.Text ?? string.Empty);
        var value = action.Value is null ? null : action.Value as JToken ?? JToken.FromObject(action.Value);
        return action.Type switch
        {
            ActionTypes.OpenUrl or ActionTypes.DownloadFile or ActionTypes.PlayAudio or ActionTypes.PlayVideo or ActionTypes.ShowImage or ActionTypes.Signin
                => new ReplyButton(title, null, null, value?.ToString() ?? string.Empty),
            ActionTypes.MessageBack => new ReplyButton(title, action.Text, value is JValue { Type: JTokenType.String } ? null : value),
            _ => value is JValue { Type: JTokenType.String } text ? new ReplyButton(title, text.Value<string>(), null) : new ReplyButton(title, null, value),
        };
    }

    private static void Collect(JToken? token, List<ReplyButton> buttons)
    {
        switch (token)
        {
            case JObject element when element.Value<string>("type") is { } type && type.StartsWith("Action.", StringComparison.Ordinal)
                                      && element.Value<string>("title") is { } title:
                buttons.Add(FromAdaptiveAction(type, TextPattern.Normalize(title), element));
                Collect(element["card"], buttons);
                break;
            case JObject element:
                foreach (var property in element.Properties().Where(p => p.Name != "selectAction"))
                {
                    Collect(property.Value, buttons);
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    Collect(item, buttons);
                }

                break;
        }
    }

    private static ReplyButton FromAdaptiveAction(string type, string title, JObject action) => type switch
    {
        "Action.OpenUrl" => new ReplyButton(title, null, null, action.Value<string>("url") ?? string.Empty),
        "Action.Submit" or "Action.Execute" => action["data"] switch
        {
            JValue { Type: JTokenType.String } text => new ReplyButton(title, text.Value<string>(), null),
            null => new ReplyButton(title, null, new JObject()),
            var data => new ReplyButton(title, null, data.DeepClone()),
        },
        _ => new ReplyButton(title, null, null, string.Empty),
    };
}
