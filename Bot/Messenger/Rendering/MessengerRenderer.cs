using Majordome.Bot.Messenger.Send;
using Majordome.Cards;
using Majordome.Cards.Localization;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Choices;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Rendering;

/// <summary>
/// One outgoing activity as the ordered Send API <c>message</c> objects for Messenger or Instagram (the client adds
/// <c>recipient</c> and <c>messaging_type</c>). Order: the text (cut at the platform's limit), then the attachments
/// in order (Adaptive Cards through <see cref="MessengerCardRenderer"/>, hero cards as button templates, media by
/// URL), and the suggested actions as quick replies on the last message.
/// Dialogs send Majordome's cards alone on Messenger and Instagram (<c>CardMessage</c>): the cards are drawn from
/// their data and <c>fallbackText</c>, and a text beside them is a note sent first. An activity built elsewhere
/// that still carries the cards' text alternative as its text does not get it twice, only what it adds after the
/// card's own text. The booking's calendar file, inlined as a <c>data:</c> URI Meta cannot fetch, goes on Messenger as
/// a file uploaded with its message (<see cref="MessengerFileUpload"/>); other attachments with no web URL, and the
/// calendar file on Instagram (which takes no .ics; with a public address the dialogs send a link to it instead), are left out.
/// </summary>
public sealed class MessengerRenderer
{
    private readonly MessengerCardRenderer _cards;

    /// <summary>Creates the renderer.</summary>
    public MessengerRenderer(MessengerCardRenderer cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        _cards = cards;
    }

    /// <summary>The messages of <paramref name="activity"/> on its channel (facebook or instagram).</summary>
    public IReadOnlyList<JObject> Render(IMessageActivity activity, string? customerName = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var limits = MessengerLimits.For(activity.ChannelId);
        var attachments = activity.Attachments ?? [];
        var messages = new List<JObject>();
        var extraReplies = new List<CardAction>();

        // A message's text is Markdown, its customer values escaped (MarkdownText); Messenger shows text as it is.
        messages.AddRange(TextSplitter.Split(TextBesideCards(MarkdownText.ToPlain(activity.Text), attachments), limits.TextFits).Select(MessengerTemplates.Text));

        var cards = new List<Attachment>();
        foreach (var attachment in attachments)
        {
            if (attachment.ContentType == AdaptiveCardAttachment.ContentType)
            {
                cards.Add(attachment);
                continue;
            }

            messages.AddRange(_cards.Render(cards, limits, customerName));
            cards.Clear();
            messages.AddRange(RenderOther(attachment, limits, extraReplies));
        }

        messages.AddRange(_cards.Render(cards, limits, customerName));
        AddQuickReplies(messages, extraReplies.Concat(activity.SuggestedActions?.Actions ?? []), limits);
        return messages;
    }

    private static string? TextBesideCards(string? text, IList<Attachment> attachments)
    {
        var fallbacks = attachments
            .Where(a => a.ContentType == AdaptiveCardAttachment.ContentType && AdaptiveCardAttachment.TryGetSource(a, out _, out _))
            .Select(a => MessengerCardRenderer.FallbackText(a.Content as JObject ?? []))
            .ToList();
        if (string.IsNullOrEmpty(text) || fallbacks.Count == 0 || !fallbacks.All(f => text.Contains(f, StringComparison.Ordinal)))
        {
            return text;
        }

        // One card: keep what the text adds after the card's own text (e.g. "free delivery from 49 €").
        return fallbacks.Count == 1 && text.StartsWith(fallbacks[0], StringComparison.Ordinal) ? text[fallbacks[0].Length..] : null;
    }

    private static IEnumerable<JObject> RenderOther(Attachment attachment, MessengerLimits limits, List<CardAction> extraReplies)
    {
        if (attachment.ContentType == HeroCard.ContentType && attachment.Content is not null)
        {
            var hero = attachment.Content as HeroCard ?? JObject.FromObject(attachment.Content).ToObject<HeroCard>() ?? new HeroCard();
            var text = string.Join('\n', new[] { hero.Title, hero.Subtitle, hero.Text }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(MarkdownText.ToPlain));

            // Buttons whose titles must be shortened (related questions) are also listed in full above them.
            var longTitles = (hero.Buttons ?? []).Select(b => b.Title).Where(t => t is { Length: > MessengerLimits.MaxTitleLength }).ToList();
            if (longTitles.Count > 0 && hero.Buttons!.Count <= MessengerLimits.MaxButtons)
            {
                text = string.Join("\n• ", longTitles.Prepend(text));
            }
            var media = hero.Images?.FirstOrDefault(i => MessengerButtons.IsWebUrl(i.Url)) is { } image ? [Media("image", image.Url)] : Array.Empty<JObject>();
            var buttons = MessengerButtons.FromCardActions(hero.Buttons, limits);
            if (hero.Buttons is { Count: > MessengerLimits.MaxButtons })
            {
                // More choices than a template holds: the text, and the choices as quick replies.
                extraReplies.AddRange(hero.Buttons);
                return media.Concat(TextSplitter.Split(text, limits.TextFits).Select(MessengerTemplates.Text));
            }

            return media.Concat(MessengerCardRenderer.TextWithButtons(text, buttons, limits));
        }

        if (limits.ChannelId == MessengerChannels.Facebook && CalendarFile(attachment) is { } calendar)
        {
            return [calendar];
        }

        if (MessengerButtons.IsWebUrl(attachment.ContentUrl))
        {
            var type = attachment.ContentType?.Split('/')[0] switch
            {
                "image" => "image",
                "video" => "video",
                "audio" => "audio",
                _ => "file",
            };
            return [Media(type, attachment.ContentUrl)];
        }

        return [];
    }

    // The booking's .ics, inlined as a data URI that Meta cannot fetch: a file uploaded with its message.
    private static JObject? CalendarFile(Attachment attachment)
    {
        const string prefix = "data:" + CalendarAttachment.ContentType + ";base64,";
        if (attachment.ContentType != CalendarAttachment.ContentType
            || attachment.ContentUrl?.StartsWith(prefix, StringComparison.Ordinal) != true
            || string.IsNullOrWhiteSpace(attachment.Name))
        {
            return null;
        }

        var base64 = attachment.ContentUrl[prefix.Length..];
        return Convert.TryFromBase64String(base64, new byte[base64.Length], out _)
            ? MessengerFileUpload.FileMessage(attachment.Name, CalendarAttachment.ContentType, base64)
            : null;
    }

    private static JObject Media(string type, string url) => new()
    {
        ["attachment"] = new JObject { ["type"] = type, ["payload"] = new JObject { ["url"] = url, ["is_reusable"] = true } },
    };

    private static void AddQuickReplies(List<JObject> messages, IEnumerable<CardAction> actions, MessengerLimits limits)
    {
        var (replies, overflow) = QuickReplies.From(actions);
        if (overflow.Count > 0)
        {
            var lines = string.Join('\n', overflow);
            if (messages.Count > 0 && messages[^1]["text"] is JValue { Type: JTokenType.String } last && limits.TextFits($"{last}\n{lines}"))
            {
                messages[^1]["text"] = $"{last}\n{lines}";
            }
            else
            {
                messages.AddRange(TextSplitter.Split(lines, limits.TextFits).Select(MessengerTemplates.Text));
            }
        }

        if (replies.Count == 0)
        {
            return;
        }

        if (messages.Count == 0)
        {
            // Quick replies need a message to ride on: list the options.
            messages.Add(MessengerTemplates.Text(TitleShortener.Shorten(string.Join(" / ", replies.Select(r => (string?)r["title"])), 1000)));
        }

        messages[^1]["quick_replies"] = replies;
    }
}
