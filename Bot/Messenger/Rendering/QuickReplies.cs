using Majordome.Dialogs.Choices;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Rendering;

/// <summary>
/// Suggested actions as quick replies. Decisions, so that a reply never fails on a limit:
/// a title longer than 20 characters is shortened at a word boundary with "…" (the payload keeps the full value,
/// so the dialog still recognises it); the payload is the action's value as text (compact JSON for an object);
/// a payload over 1000 characters falls back to the full title; an action that still cannot be a quick reply
/// (an open-URL action, no title) and every action beyond the 13th become lines of text ("title: url" or "• title"),
/// so the customer still sees every option.
/// </summary>
public static class QuickReplies
{
    /// <summary>The quick replies (at most 13) and the text lines of the options that did not fit.</summary>
    public static (JArray Replies, IReadOnlyList<string> Overflow) From(IEnumerable<CardAction>? actions)
    {
        var replies = new JArray();
        var overflow = new List<string>();
        foreach (var action in actions ?? [])
        {
            var title = action.Title ?? action.Text ?? action.Value?.ToString() ?? string.Empty;
            if (action.Type == ActionTypes.OpenUrl)
            {
                overflow.Add($"{title}: {action.Value}".Trim(' ', ':'));
                continue;
            }

            var payload = action.Value is null ? title : MessengerButtons.Payload(JToken.FromObject(action.Value));
            if (payload.Length is 0 or > MessengerLimits.MaxPayloadLength)
            {
                payload = title;
            }

            if (string.IsNullOrWhiteSpace(title) || payload.Length > MessengerLimits.MaxPayloadLength)
            {
                continue;
            }

            if (replies.Count == MessengerLimits.MaxQuickReplies)
            {
                overflow.Add("• " + title);
                continue;
            }

            replies.Add(new JObject
            {
                ["content_type"] = "text",
                ["title"] = TitleShortener.Shorten(title, MessengerLimits.MaxTitleLength),
                ["payload"] = payload,
            });
        }

        return (replies, overflow);
    }
}
