using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>
/// The Send API's documented limits (MESSENGER.md §3-§5), checked on every body the fake Graph server receives.
/// Written from the contract, independently of the renderer, so a renderer bug shows up as a Graph error.
/// </summary>
public static class SendApiRules
{
    private static readonly HashSet<string> DeprecatedTags = ["CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "ACCOUNT_UPDATE"];

    /// <summary>
    /// The problems of a POST /me/messages body; empty when Graph would accept it. <paramref name="fileData"/>: the
    /// body came as multipart/form-data with the file in <c>filedata</c>, so the attachment is a media type with no
    /// url or attachment_id (Meta: "Upload and send").
    /// </summary>
    public static IReadOnlyList<string> CheckMessages(JObject body, bool instagram, bool fileData = false)
    {
        var problems = new List<string>();
        var recipient = body["recipient"] as JObject;
        if (recipient is null || recipient.Properties().Count(p => p.Name is "id" or "user_ref" or "notification_messages_token") != 1)
        {
            problems.Add("recipient must hold exactly one of id, user_ref or notification_messages_token");
        }

        // Marketing messages (MESSENGER.md §5.1): addressed by the opt-in's token, no window and no tag involved.
        if (recipient?["notification_messages_token"] is not null)
        {
            if (body["messaging_type"] is not null || body["tag"] is not null || body["sender_action"] is not null)
            {
                problems.Add("a marketing message (recipient.notification_messages_token) takes no messaging_type, tag or sender_action");
            }

            if (body["message"] is not JObject marketing)
            {
                problems.Add("message is missing");
                return problems;
            }

            CheckMessage(marketing, instagram, fileData, problems);
            return problems;
        }

        // Utility messages: an approved template instead of a message (the deprecated tags' successor).
        if ((string?)body["messaging_type"] == "UTILITY")
        {
            if (body["message"] is not null || body["tag"] is not null)
            {
                problems.Add("a UTILITY message sends a template, without message or tag");
            }

            if (body["template"] is not JObject template || string.IsNullOrEmpty((string?)template["name"]) || string.IsNullOrEmpty((string?)template["language"]?["code"]))
            {
                problems.Add("a UTILITY message needs template{name, language{code}}");
            }

            return problems;
        }

        if (body["sender_action"] is not null)
        {
            if (body.Properties().Any(p => p.Name is not ("recipient" or "sender_action")))
            {
                problems.Add("sender_action must be sent alone with recipient");
            }

            if ((string?)body["sender_action"] is not ("typing_on" or "typing_off" or "mark_seen"))
            {
                problems.Add("unknown sender_action");
            }

            return problems;
        }

        var type = (string?)body["messaging_type"];
        if (type is not ("RESPONSE" or "UPDATE" or "MESSAGE_TAG"))
        {
            problems.Add($"messaging_type '{type}' is not RESPONSE, UPDATE or MESSAGE_TAG");
        }

        var tag = (string?)body["tag"];
        if (tag is not null && DeprecatedTags.Contains(tag))
        {
            problems.Add($"tag {tag} is deprecated");
        }
        else if (type == "MESSAGE_TAG" && tag != "HUMAN_AGENT")
        {
            problems.Add("MESSAGE_TAG needs tag HUMAN_AGENT");
        }
        else if (type != "MESSAGE_TAG" && tag is not null)
        {
            problems.Add("tag without MESSAGE_TAG");
        }

        if (body["message"] is not JObject message)
        {
            problems.Add("message is missing");
            return problems;
        }

        CheckMessage(message, instagram, fileData, problems);
        return problems;
    }

    private static void CheckMessage(JObject message, bool instagram, bool fileData, List<string> problems)
    {
        var text = (string?)message["text"];
        var attachment = message["attachment"] as JObject;
        if ((text is null) == (attachment is null))
        {
            problems.Add("message needs text or attachment, not both");
        }

        if (text is not null)
        {
            if (text.Length == 0)
            {
                problems.Add("text is empty");
            }

            if (instagram ? Encoding.UTF8.GetByteCount(text) > 1000 : text.Length >= 2000)
            {
                problems.Add(instagram ? "Instagram text over 1000 bytes" : "Length of param message[text] must be less than 2000");
            }
        }

        if (message["metadata"] is { } metadata && (metadata.Type != JTokenType.String || ((string)metadata!).Length >= 1000))
        {
            problems.Add("message[metadata] must be a string of less than 1000 characters");
        }

        if (message["quick_replies"] is JArray replies)
        {
            if (replies.Count is 0 or > 13)
            {
                problems.Add("quick_replies must hold 1 to 13 items");
            }

            foreach (var reply in replies.OfType<JObject>())
            {
                if ((string?)reply["content_type"] == "text")
                {
                    Title(reply, problems);
                    Payload(reply, problems);
                }
            }
        }

        if (fileData && (string?)attachment?["type"] is not ("image" or "audio" or "video" or "file"))
        {
            problems.Add("filedata needs message[attachment] of type image, audio, video or file");
            return;
        }

        if (attachment is not null)
        {
            CheckAttachment(attachment, instagram, fileData, problems);
        }
    }

    private static void CheckAttachment(JObject attachment, bool instagram, bool fileData, List<string> problems)
    {
        var payload = attachment["payload"] as JObject ?? [];
        if (fileData)
        {
            if (payload["url"] is not null || payload["attachment_id"] is not null)
            {
                problems.Add("an attachment sent with filedata takes no url or attachment_id");
            }

            return;
        }

        if ((string?)attachment["type"] != "template")
        {
            if (payload["url"] is null && payload["attachment_id"] is null)
            {
                problems.Add("media attachment needs url or attachment_id");
            }

            return;
        }

        switch ((string?)payload["template_type"])
        {
            case "generic":
                var elements = payload["elements"] as JArray ?? [];
                if (elements.Count is 0 or > 10)
                {
                    problems.Add($"generic template has {elements.Count} elements (1 to 10)");
                }

                foreach (var element in elements.OfType<JObject>())
                {
                    var title = (string?)element["title"];
                    if (string.IsNullOrEmpty(title) || title.Length > 80)
                    {
                        problems.Add("element title missing or over 80");
                    }

                    if (((string?)element["subtitle"])?.Length > 80)
                    {
                        problems.Add("element subtitle over 80");
                    }

                    if (element["subtitle"] is null && element["image_url"] is null && element["buttons"] is null && element["default_action"] is null)
                    {
                        problems.Add("element needs a title and at least one other field");
                    }

                    Buttons(element["buttons"] as JArray, 0, instagram, problems);
                }

                break;
            case "button":
                var buttonText = (string?)payload["text"];
                if (string.IsNullOrEmpty(buttonText) || buttonText.Length > 640)
                {
                    problems.Add("button template text missing or over 640");
                }

                Buttons(payload["buttons"] as JArray ?? [], 1, instagram, problems);
                break;
            case "receipt":
                if (instagram)
                {
                    problems.Add("Instagram has no receipt template");
                }

                foreach (var field in new[] { "recipient_name", "order_number", "currency", "payment_method" })
                {
                    if (string.IsNullOrEmpty((string?)payload[field]))
                    {
                        problems.Add($"receipt {field} is required");
                    }
                }

                if (payload["summary"]?["total_cost"] is null)
                {
                    problems.Add("receipt summary.total_cost is required");
                }

                var items = payload["elements"] as JArray ?? [];
                if (items.Count > 100 || items.OfType<JObject>().Any(e => string.IsNullOrEmpty((string?)e["title"]) || e["price"] is null))
                {
                    problems.Add("receipt elements need title and price (at most 100)");
                }

                break;
            default:
                problems.Add($"template_type '{payload["template_type"]}' not expected");
                break;
        }
    }

    private static void Buttons(JArray? buttons, int minimum, bool instagram, List<string> problems)
    {
        var count = buttons?.Count ?? 0;
        if (count < minimum || count > 3)
        {
            problems.Add($"{count} buttons (at most 3)");
        }

        foreach (var button in buttons?.OfType<JObject>() ?? [])
        {
            Title(button, problems);
            switch ((string?)button["type"])
            {
                case "postback":
                    Payload(button, problems);
                    break;
                case "web_url":
                    if (!Uri.TryCreate((string?)button["url"], UriKind.Absolute, out _))
                    {
                        problems.Add("web_url button needs an absolute url");
                    }

                    break;
                case "phone_number" when !instagram:
                    break;
                default:
                    problems.Add($"button type '{button["type"]}' not allowed here");
                    break;
            }
        }
    }

    private static void Title(JObject item, List<string> problems)
    {
        var title = (string?)item["title"];
        if (string.IsNullOrEmpty(title) || title.Length > 20)
        {
            problems.Add($"title '{title}' missing or over 20 characters");
        }
    }

    private static void Payload(JObject item, List<string> problems)
    {
        var payload = (string?)item["payload"];
        if (string.IsNullOrEmpty(payload) || payload.Length > 1000)
        {
            problems.Add("payload missing or over 1000 characters");
        }
    }
}
