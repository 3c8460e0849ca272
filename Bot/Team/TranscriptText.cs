using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Team;

/// <summary>What a message activity reads as in the team's transcript: its text, its cards' texts and its buttons.</summary>
public static class TranscriptText
{
    /// <summary>The readable text of <paramref name="activity"/>, or null when it shows nothing (a typing indicator, an empty message).</summary>
    public static string? Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not IMessageActivity message)
        {
            return null;
        }

        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            parts.Add(message.Text.Trim());
        }
        else if (message.Value is not null)
        {
            // A card's button or form: its data is what the customer chose.
            parts.Add($"[{Compact(message.Value)}]");
        }

        foreach (var attachment in message.Attachments ?? [])
        {
            var texts = attachment.Content is null ? [] : JToken.FromObject(attachment.Content).SelectTokens("$..text").Select(t => t.ToString()).Where(t => t.Length > 0).ToList();
            parts.Add(texts.Count > 0 ? $"[card] {string.Join(" · ", texts)}" : "[card]");
        }

        if (message.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            parts.Add($"[{string.Join(" | ", actions.Select(a => a.Title ?? a.Value?.ToString()))}]");
        }

        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    private static string Compact(object value) =>
        (value is JToken token ? token : JToken.FromObject(value)).ToString(Newtonsoft.Json.Formatting.None);
}
