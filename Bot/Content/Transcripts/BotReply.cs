using Microsoft.Bot.Schema;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// One thing the bot showed, as a transcript line sees it: a text, or a card. A message with a text and a card
/// is two replies (the text first); the cards of a carousel (one template) are one reply; a message's suggested
/// actions belong to its last reply. On the channels transcripts play on, a card comes without a copy of its text
/// (Dialogs' <c>CardMessage</c>), so a message's text is always shown: a text that repeats a card is a defect the
/// transcript reveals, not something to hide.
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
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            replies.Add(new BotReply(message.Text, null, []));
        }

        foreach (var attachment in message.Attachments ?? [])
        {
            // A picture (an image step) is read by its alt text, which is what a screen reader says of it.
            if (attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true && attachment.ContentUrl is not null)
            {
                replies.Add(new BotReply(attachment.Name ?? string.Empty, ImageCard, []));
                continue;
            }

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

    /// <summary>The <see cref="Card"/> of a picture, whose <see cref="Text"/> is its alt text.</summary>
    public const string ImageCard = "image";

    /// <summary>How the report shows it: the text, [image: alt text] or [card: name], with its buttons.</summary>
    public override string ToString()
    {
        var shown = Card == ImageCard ? $"[image: {Text}]" : Card is null ? TextPattern.Normalize(Text ?? string.Empty) : $"[card: {Card}]";
        return Buttons.Count == 0 ? shown : $"{shown}  [buttons: {string.Join(" | ", Buttons.Select(b => b.Title))}]";
    }
}
