using Majordome.Cards;
using Majordome.Cards.Localization;
using Majordome.Dialogs.Channels;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Channels;

/// <summary>
/// Where a channel shows no card (WhatsApp, SMS), a carousel is its text alternative, one numbered line per card
/// ("1. Arpeggio — €4.20 — …"): entry <c>n</c> is the name of card <c>n</c> (its factory's data), what the customer
/// would type to pick it. A carousel whose text is not numbered, or whose cards carry no name, numbers nothing.
/// </summary>
public sealed class CarouselTextChoices : INumberedChoiceSource
{
    /// <inheritdoc />
    public IReadOnlyList<NumberedChoice> Numbered(IMessageActivity activity, ChannelCapabilities channel)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(channel);
        var cards = (activity.Attachments ?? []).Where(a => a.ContentType == AdaptiveCardAttachment.ContentType).ToList();
        if (channel.ShowsCards || cards.Count < 2)
        {
            return [];
        }

        var names = new List<NumberedChoice>();
        foreach (var card in cards)
        {
            if (!AdaptiveCardAttachment.TryGetSource(card, out _, out var data) || (string?)data.GetValue("name", StringComparison.OrdinalIgnoreCase) is not { Length: > 0 } name)
            {
                return [];
            }

            names.Add(new NumberedChoice(name));
        }

        // The customer saw "1. …" to "n. …", one per card: only then does a number name a card.
        var lines = (MarkdownText.ToPlain(activity.Text) ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries);
        var numbered = Enumerable.Range(1, names.Count).All(n => lines.Any(l => l.StartsWith($"{n}. ", StringComparison.Ordinal)));
        return numbered ? names : [];
    }
}
