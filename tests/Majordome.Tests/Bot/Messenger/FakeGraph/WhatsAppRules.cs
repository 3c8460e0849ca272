using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>
/// The WhatsApp Cloud API's checks on a <c>/{phone-number-id}/messages</c> body (MESSENGER.md §5.5): what Meta refuses
/// with error 100 / 131009. The fake Graph server answers a body with any problem as Meta would.
/// </summary>
public static class WhatsAppRules
{
    public static IReadOnlyList<string> Check(JObject body)
    {
        var problems = new List<string>();
        if ((string?)body["messaging_product"] != "whatsapp")
        {
            problems.Add("messaging_product must be whatsapp");
        }

        if ((string?)body["status"] == "read")
        {
            if (string.IsNullOrEmpty((string?)body["message_id"]))
            {
                problems.Add("message_id is required to mark a message read");
            }

            return problems;
        }

        if ((string?)body["to"] is not { Length: > 0 } to || !to.All(char.IsAsciiDigit))
        {
            problems.Add("to must be the customer's number, digits only");
        }

        var type = (string?)body["type"];
        switch (type)
        {
            case "text":
                Length(problems, body["text"]?["body"], 4096, "text.body");
                break;
            case "interactive":
                Interactive(problems, body["interactive"] as JObject);
                break;
            case "image" or "document" or "audio" or "video":
                var media = body[type] as JObject;
                if (media?["link"] is null == (media?["id"] is null))
                {
                    problems.Add($"{type} needs a link or an id, not both");
                }

                if ((string?)media?["link"] is { } link && !Uri.TryCreate(link, UriKind.Absolute, out _))
                {
                    problems.Add($"{type}.link must be an absolute URL");
                }

                Length(problems, media?["caption"], 1024, $"{type}.caption", required: false);
                break;
            case "template":
                Length(problems, body["template"]?["name"], 512, "template.name");
                Length(problems, body["template"]?["language"]?["code"], 15, "template.language.code");
                break;
            default:
                problems.Add($"type '{type}' is not a message type");
                break;
        }

        return problems;
    }

    private static void Interactive(List<string> problems, JObject? interactive)
    {
        var action = interactive?["action"] as JObject;
        switch ((string?)interactive?["type"])
        {
            case "button":
                Length(problems, interactive!["body"]?["text"], 1024, "interactive.body.text");
                var buttons = (action?["buttons"] as JArray)?.OfType<JObject>().ToList() ?? [];
                if (buttons.Count is < 1 or > 3)
                {
                    problems.Add($"a reply-button message takes 1 to 3 buttons, not {buttons.Count}");
                }

                foreach (var button in buttons)
                {
                    if ((string?)button["type"] != "reply")
                    {
                        problems.Add("button type must be reply");
                    }

                    Length(problems, button["reply"]?["id"], 256, "button id");
                    Length(problems, button["reply"]?["title"], 20, "button title");
                }

                Unique(problems, buttons.Select(b => (string?)b["reply"]?["title"]), "button titles");
                Unique(problems, buttons.Select(b => (string?)b["reply"]?["id"]), "button ids");
                break;
            case "list":
                Length(problems, interactive!["body"]?["text"], 4096, "interactive.body.text");
                Length(problems, action?["button"], 20, "list button");
                var sections = (action?["sections"] as JArray)?.OfType<JObject>().ToList() ?? [];
                var rows = sections.SelectMany(s => (s["rows"] as JArray)?.OfType<JObject>() ?? []).ToList();
                if (sections.Count is < 1 or > 10 || rows.Count is < 1 or > 10)
                {
                    problems.Add($"a list takes 1 to 10 sections and 1 to 10 rows in all, not {sections.Count} and {rows.Count}");
                }

                if (sections.Count > 1 && sections.Any(s => s["title"] is null))
                {
                    problems.Add("sections need titles when there are several");
                }

                foreach (var row in rows)
                {
                    Length(problems, row["id"], 200, "row id");
                    Length(problems, row["title"], 24, "row title");
                    Length(problems, row["description"], 72, "row description", required: false);
                }

                Unique(problems, rows.Select(r => (string?)r["id"]), "row ids");
                break;
            case "cta_url":
                Length(problems, interactive!["body"]?["text"], 1024, "interactive.body.text");
                if ((string?)action?["name"] != "cta_url")
                {
                    problems.Add("a CTA URL message's action.name must be cta_url");
                }

                Length(problems, action?["parameters"]?["display_text"], 20, "display_text");
                if (!Uri.TryCreate((string?)action?["parameters"]?["url"], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                {
                    problems.Add("a CTA URL needs an http(s) url");
                }

                break;
            default:
                problems.Add($"interactive type '{(string?)interactive?["type"]}' is not supported");
                break;
        }
    }

    private static void Length(List<string> problems, JToken? token, int max, string name, bool required = true)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            if (required)
            {
                problems.Add($"{name} is required");
            }

            return;
        }

        if (token.Type != JTokenType.String || ((string)token!).Trim().Length == 0)
        {
            problems.Add($"{name} must be a non-empty string");
        }
        else if (((string)token!).Length > max)
        {
            problems.Add($"{name} is longer than {max} characters");
        }
    }

    private static void Unique(List<string> problems, IEnumerable<string?> values, string name)
    {
        var list = values.ToList();
        if (list.Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            problems.Add($"{name} must be unique");
        }
    }
}
