using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Validation;

/// <summary>
/// Checks a rendered card against what Teams, Web Chat and the channels we degrade cards to accept (see
/// <see cref="CardLimits"/>). The official renderer (tests/card-validator) catches unknown types and versions but
/// lets through, for example, an Image without url, so the two checks go together.
/// </summary>
public static class CardLimitsChecker
{
    private static readonly string[] ElementLists = ["body", "items", "columns"];

    /// <summary>Every problem of <paramref name="card"/>, each with the JSON path of the offending value; empty when it is fine.</summary>
    public static IReadOnlyList<CardProblem> Check(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<CardProblem>();
        void Add(JToken at, CardRule rule, string message) => problems.Add(new CardProblem(JsonPaths.Of(at), rule, message));

        CheckRoot(card, Add);
        CheckSize(card, Add);
        foreach (var token in card.DescendantsAndSelf())
        {
            switch (token)
            {
                case JObject o:
                    CheckObject(o, Add);
                    break;
                case JValue { Type: JTokenType.String, Value: string text } s when text.Contains("${", StringComparison.Ordinal):
                    Add(s, CardRule.UnboundExpression, $"'{s}' still holds a template expression; bind the template before sending it.");
                    break;
            }
        }

        return problems;
    }

    private static void CheckRoot(JObject card, Action<JToken, CardRule, string> add)
    {
        if ((string?)card["type"] != "AdaptiveCard" || (string?)card["version"] != CardLimits.Version)
        {
            add(card, CardRule.Version, $"the root must be {{ \"type\": \"AdaptiveCard\", \"version\": \"{CardLimits.Version}\" }}, not type '{card["type"]}' version '{card["version"]}'.");
        }
    }

    private static void CheckSize(JObject card, Action<JToken, CardRule, string> add)
    {
        var json = card.ToString(Formatting.None);
        var utf8 = Encoding.UTF8.GetByteCount(json);
        var utf16 = json.Length * 2;
        if (utf8 > CardLimits.MaxPayloadBytes || utf16 > CardLimits.MaxPayloadUtf16Bytes)
        {
            add(card, CardRule.PayloadTooLarge,
                $"the card is {utf8} bytes in UTF-8 and {utf16} in UTF-16; Teams takes at most {CardLimits.MaxPayloadBytes} and {CardLimits.MaxPayloadUtf16Bytes}. Show fewer items or split the card.");
        }
    }

    private static void CheckObject(JObject o, Action<JToken, CardRule, string> add)
    {
        var parentKey = (o.Parent as JProperty)?.Name ?? (o.Parent?.Parent as JProperty)?.Name;
        var mustHaveType = parentKey is "selectAction" or "actions" || (parentKey is not null && ElementLists.Contains(parentKey) && o.Parent is JArray);
        var type = (string?)o["type"];
        if (mustHaveType && string.IsNullOrEmpty(type))
        {
            add(o, CardRule.MissingType, "this element or action has no \"type\".");
            return;
        }

        if (o["actions"] is JArray actions && actions.Count > CardLimits.MaxActions)
        {
            add(actions, CardRule.TooManyActions, $"{actions.Count} actions; hosts show at most {CardLimits.MaxActions} (the rest are hidden or dropped).");
        }

        switch (type)
        {
            case "TextBlock":
                CheckText(o, add);
                break;
            case "Image":
                if (!IsUrl((string?)o["url"], allowData: true))
                {
                    add(o, CardRule.ImageWithoutUrl, "this Image has no absolute http(s) or data: url.");
                }

                break;
            case not null when type.StartsWith("Action.", StringComparison.Ordinal):
                CheckAction(o, isSelectAction: parentKey == "selectAction", add);
                break;
        }
    }

    private static void CheckText(JObject textBlock, Action<JToken, CardRule, string> add)
    {
        var text = (string?)textBlock["text"];
        if (string.IsNullOrWhiteSpace(text))
        {
            add(textBlock, CardRule.EmptyText, "this TextBlock has no text (did its data bind?).");
        }
        else if (text.Length > CardLimits.MaxTextLength)
        {
            add(textBlock["text"]!, CardRule.TextTooLong, $"{text.Length} characters; keep a TextBlock under {CardLimits.MaxTextLength}.");
        }
    }

    private static void CheckAction(JObject action, bool isSelectAction, Action<JToken, CardRule, string> add)
    {
        // A selectAction is a tap target, never drawn as a button, so it needs no title.
        var title = (string?)action["title"];
        if (!isSelectAction && string.IsNullOrWhiteSpace(title))
        {
            add(action, CardRule.ActionWithoutTitle, "this action has no title, so its button would be blank.");
        }
        else if (!isSelectAction && title!.Length > CardLimits.MaxActionTitleLength)
        {
            add(action["title"]!, CardRule.ActionTitleTooLong, $"'{title}' is {title.Length} characters; Messenger and WhatsApp buttons take {CardLimits.MaxActionTitleLength}.");
        }

        switch ((string?)action["type"])
        {
            case "Action.Submit" or "Action.Execute" when action["data"] is not JObject:
                add(action, CardRule.SubmitDataNotObject, "this action's data must be a JSON object (the dialogs read Activity.Value.action).");
                break;
            case "Action.OpenUrl" when !IsUrl((string?)action["url"], allowData: false):
                add(action, CardRule.OpenUrlWithoutUrl, "this Action.OpenUrl has no absolute http(s) url.");
                break;
        }
    }

    private static bool IsUrl(string? value, bool allowData) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || (allowData && uri.Scheme == "data"));
}
