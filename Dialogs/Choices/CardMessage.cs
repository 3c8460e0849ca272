using Majordome.Cards.Localization;
using Majordome.Dialogs.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Choices;

/// <summary>
/// A message carrying cards, built for the channel as <see cref="ChoiceFactory"/> builds choices. A card's text
/// alternative (its factory's <c>ToText</c>, also the card's own <c>fallbackText</c>) is for channels that cannot
/// show the card, never in addition to it: where <see cref="ChannelCapabilities.ShowsCards"/>, the message carries
/// the cards and only a <c>note</c> that says something the cards do not; elsewhere its text is the alternative
/// (plain text, so escaped into the message's Markdown), then the note (already Markdown, from the Localizer).
/// </summary>
public static class CardMessage
{
    /// <summary>One card; <paramref name="note"/> (e.g. "Add €12.30 more for free delivery.") is shown above it.</summary>
    public static IMessageActivity Create(ChannelCapabilities channel, Attachment card, string textAlternative, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        return MessageFactory.Attachment(card, Text(channel, textAlternative, note));
    }

    /// <summary>Cards shown side by side (a product carousel), with their common text alternative.</summary>
    public static IMessageActivity Carousel(ChannelCapabilities channel, IEnumerable<Attachment> cards, string textAlternative, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(cards);
        return MessageFactory.Carousel(cards, Text(channel, textAlternative, note));
    }

    private static string? Text(ChannelCapabilities channel, string textAlternative, string? note)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(textAlternative);
        var text = channel.ShowsCards || string.IsNullOrWhiteSpace(textAlternative)
            ? note
            : string.IsNullOrWhiteSpace(note) ? MarkdownText.Escape(textAlternative) : $"{MarkdownText.Escape(textAlternative)}\n{note}";
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
