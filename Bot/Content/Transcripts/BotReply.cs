using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// One thing the bot showed, as a transcript line sees it: a text, or a card. A message with a text and a card
/// is two replies (the text first); the cards of a carousel (one template) are one reply; a message's suggested
/// actions belong to its last reply. A text that only repeats the cards' own text fallbacks (the numbered list
/// sent beside a product carousel, for channels without cards) is not a reply: the marketer sees one card, as a
/// Messenger customer does, and writes one card: line.
/// </summary>
/// <param name="Text">The text, or null for a card.</param>
/// <param name="Card">The card's template name (or content type when it has none), or null for a text.</param>
/// <param name="Buttons">The buttons the customer can click on it, in order.</param>
public sealed record BotReply(string? Text, string? Card, IReadOnlyList<ReplyButton> Buttons)
{
    /// <summary>The replies in <paramref name="message"/>.</summary>
    public static IReadOnlyList<BotReply> From(Activity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var replies = new List<BotReply>();
        if (TextBesideCards(message) is { } text)
        {
            replies.Add(new BotReply(text, null, []));
        }

        foreach (var attachment in message.Attachments ?? [])
        {
            var card = attachment.Name ?? attachment.ContentType ?? "card";
            var buttons = ReplyButton.FromCard(attachment);

            // A carousel is one reply: its cards come from one template, and their buttons follow one another.
            if (replies.Count > 0 && replies[^1].Card == card)
            {
                replies[^1] = replies[^1] with { Buttons = [.. replies[^1].Buttons, .. buttons] };
            }
            else
            {
                replies.Add(new BotReply(null, card, buttons));
            }
        }

        var suggested = ReplyButton.FromSuggestedActions(message.SuggestedActions);
        if (replies.Count == 0)
        {
            // Only buttons (or nothing): still a reply, so an unexpected one is reported.
            replies.Add(new BotReply(string.Empty, null, []));
        }

        if (suggested.Count > 0)
        {
            replies[^1] = replies[^1] with { Buttons = [.. replies[^1].Buttons, .. suggested] };
        }

        return replies;
    }

    // The message's text as a reply of its own, or null when it has none or only repeats the cards' fallbacks.
    // One card's text may add something after its fallback (a delivery note): that part stays a reply.
    private static string? TextBesideCards(Activity message)
    {
        var text = message.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var fallbacks = (message.Attachments ?? [])
            .Select(a => a.Content is JObject card ? card.Value<string>("fallbackText") : null)
            .ToList();
        if (fallbacks.Count == 0 || fallbacks.Any(string.IsNullOrWhiteSpace) || !fallbacks.All(f => text.Contains(f!, StringComparison.Ordinal)))
        {
            return text;
        }

        var rest = fallbacks.Count == 1 && text.StartsWith(fallbacks[0]!, StringComparison.Ordinal) ? text[fallbacks[0]!.Length..] : null;
        return string.IsNullOrWhiteSpace(rest) ? null : rest;
    }

    /// <summary>How the report shows it: the text, or [card: name], with its buttons.</summary>
    public override string ToString()
    {
        var shown = Card is null ? TextPattern.Normalize(Text ?? string.Empty) : $"[card: {Card}]";
        return Buttons.Count == 0 ? shown : $"{shown}  [buttons: {string.Join(" | ", Buttons.Select(b => b.Title))}]";
    }
}
