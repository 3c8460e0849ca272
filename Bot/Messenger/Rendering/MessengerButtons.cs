using Majordome.Dialogs.Choices;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Rendering;

/// <summary>
/// Card buttons as Send API buttons. An Adaptive Card's Action.Submit becomes a postback whose payload is the JSON of
/// its data (the webhook turns it back into the same <c>Activity.Value</c> Web Chat would send); Action.OpenUrl a
/// web_url button. A button that cannot be expressed (payload over 1000 characters, relative URL, phone button on
/// Instagram) is left out rather than failing the whole message.
/// </summary>
public static class MessengerButtons
{
    /// <summary>The Send API buttons of an Adaptive Card's top-level actions, at most <see cref="MessengerLimits.MaxButtons"/>.</summary>
    public static JArray FromAdaptiveActions(JToken? actions, MessengerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var buttons = (actions as JArray ?? []).OfType<JObject>().Select(FromAdaptiveAction).OfType<JObject>();
        return new JArray(buttons.Take(MessengerLimits.MaxButtons));
    }

    /// <summary>One Adaptive Card action as a button, or null when it has no Send API equivalent.</summary>
    public static JObject? FromAdaptiveAction(JObject action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var title = (string?)action["title"];
        return (string?)action["type"] switch
        {
            "Action.Submit" or "Action.Execute" => Postback(title, action["data"]),
            "Action.OpenUrl" => WebUrl(title, (string?)action["url"]),
            _ => null,
        };
    }

    /// <summary>The Send API buttons of Bot Framework card actions (hero cards), at most <see cref="MessengerLimits.MaxButtons"/>.</summary>
    public static JArray FromCardActions(IEnumerable<CardAction>? actions, MessengerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var buttons = (actions ?? []).Select(a => FromCardAction(a, limits)).OfType<JObject>();
        return new JArray(buttons.Take(MessengerLimits.MaxButtons));
    }

    /// <summary>One Bot Framework card action as a button, or null when it has no Send API equivalent.</summary>
    public static JObject? FromCardAction(CardAction action, MessengerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(limits);
        var title = action.Title ?? action.Text ?? action.Value?.ToString();
        return action.Type switch
        {
            ActionTypes.OpenUrl => WebUrl(title, action.Value?.ToString()),
            ActionTypes.Call when limits.SupportsPhoneButtons => Phone(title, action.Value?.ToString()),
            ActionTypes.ImBack or ActionTypes.PostBack or ActionTypes.MessageBack => Postback(title, action.Value is null ? JValue.CreateString(action.Text ?? title) : JToken.FromObject(action.Value)),
            _ => null,
        };
    }

    /// <summary>The text a button or quick reply sends back: a string as is, anything else as compact JSON.</summary>
    public static string Payload(JToken? value) => value switch
    {
        null or { Type: JTokenType.Null or JTokenType.Undefined } => string.Empty,
        { Type: JTokenType.String } => (string)value!,
        _ => value.ToString(Formatting.None),
    };

    private static JObject? Postback(string? title, JToken? data)
    {
        var payload = Payload(data);
        return string.IsNullOrWhiteSpace(title) || payload.Length is 0 or > MessengerLimits.MaxPayloadLength
            ? null
            : new JObject { ["type"] = "postback", ["title"] = TitleShortener.Shorten(title, MessengerLimits.MaxTitleLength), ["payload"] = payload };
    }

    private static JObject? WebUrl(string? title, string? url) =>
        string.IsNullOrWhiteSpace(title) || !IsWebUrl(url)
            ? null
            : new JObject { ["type"] = "web_url", ["url"] = url, ["title"] = TitleShortener.Shorten(title, MessengerLimits.MaxTitleLength) };

    private static JObject? Phone(string? title, string? number)
    {
        var digits = number?.Replace("tel:", string.Empty, StringComparison.OrdinalIgnoreCase).Replace(" ", string.Empty, StringComparison.Ordinal);
        return string.IsNullOrWhiteSpace(title) || string.IsNullOrEmpty(digits) || !digits.StartsWith('+')
            ? null
            : new JObject { ["type"] = "phone_number", ["title"] = TitleShortener.Shorten(title, MessengerLimits.MaxTitleLength), ["payload"] = digits };
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http(s) address, the only kind Meta fetches or opens.</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
