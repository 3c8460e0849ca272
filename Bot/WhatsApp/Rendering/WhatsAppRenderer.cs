using Majordome.Bot.Messenger.Rendering;
using Majordome.Cards;
using Majordome.Cards.Localization;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WhatsApp.Rendering;

/// <summary>
/// One outgoing activity as the ordered WhatsApp messages (the sender adds <c>messaging_product</c> and <c>to</c>).
/// WhatsApp shows no Adaptive Card, so the dialogs put a card's text in the message (the channel registry says so);
/// here a card adds its product image with the card's text as caption, its first link as a CTA URL button, and its
/// own buttons (Change the date | Cancel the booking) as reply buttons or list rows on its text, so each button other
/// channels show has its equivalent. The text (plain, split at 4,096 characters) comes first, then media, documents
/// and links, and the message's choices last, as reply buttons, a list, or numbered lines (<see cref="WhatsAppChoices"/>). A calendar file inlined as a
/// <c>data:</c> URI becomes a document to upload (<see cref="UploadProperty"/>), since WhatsApp fetches no data URI.
/// </summary>
public sealed class WhatsAppRenderer
{
    /// <summary>The property of a document message holding the file to upload before sending it: content type and base64.</summary>
    public const string UploadProperty = "majordomeUpload";

    private readonly Localizer _localizer;

    /// <summary>Creates the renderer.</summary>
    public WhatsAppRenderer(Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        _localizer = localizer;
    }

    /// <summary>The messages of <paramref name="activity"/>, labels in <paramref name="language"/>.</summary>
    public IReadOnlyList<JObject> Render(IMessageActivity activity, string language)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var layout = Lay(activity, language);
        return Assemble(layout, language);
    }

    /// <summary>
    /// The choices <paramref name="activity"/> shows as a numbered text (too many, or titles too long for buttons and
    /// list rows), in their numbers' order: what the customer means by typing "2"; empty when it shows none so.
    /// </summary>
    public IReadOnlyList<WhatsAppChoices.Option> NumberedChoices(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var options = Lay(activity, Languages.English).Options;
        return options.Count > 0 && WhatsAppChoices.Interactive("?", options, "?") is null ? options : [];
    }

    // What goes out, in order: the text, the media shown before the choices (a card's picture, or every medium when
    // the choices are the message's question), the choices riding on the text's last part, then the media after.
    private sealed record Layout(string Text, List<JObject> Before, IReadOnlyList<WhatsAppChoices.Option> Options, List<JObject> After);

    private Layout Lay(IMessageActivity activity, string language)
    {
        var text = MarkdownText.ToPlain(activity.Text) ?? string.Empty;
        var actions = new List<CardAction>(activity.SuggestedActions?.Actions ?? []);
        var pictures = new List<JObject>();
        var media = new List<JObject>();
        var cardActions = new List<CardAction>();
        var cardTitle = string.Empty;

        // One card (a product) is shown with its picture; a carousel stays the numbered text the dialogs wrote.
        var single = (activity.Attachments ?? []).Count(a => a.ContentType == AdaptiveCardAttachment.ContentType) == 1;
        foreach (var attachment in activity.Attachments ?? [])
        {
            switch (attachment.ContentType)
            {
                case AdaptiveCardAttachment.ContentType when attachment.Content is JObject card:
                    var fromCard = FromCard(card, single, language).ToList();
                    if (fromCard.Any(m => (string?)m["type"] == "image"))
                    {
                        // The caption says what the card's text alternative said: not twice.
                        text = WithoutPrefix(text, MarkdownText.ToPlain(MessengerCardRenderer.FallbackText(card)) ?? string.Empty);
                    }

                    pictures.AddRange(fromCard.Where(m => (string?)m["type"] == "image"));
                    media.AddRange(fromCard.Where(m => (string?)m["type"] != "image"));
                    if (single)
                    {
                        cardActions.AddRange(CardButtons(card));
                        cardTitle = FirstLine(MarkdownText.ToPlain(MessengerCardRenderer.FallbackText(card)));
                    }

                    break;
                case HeroCard.ContentType when attachment.Content is not null:
                    var hero = attachment.Content as HeroCard ?? JObject.FromObject(attachment.Content).ToObject<HeroCard>() ?? new HeroCard();
                    var heroText = string.Join('\n', new[] { hero.Title, hero.Subtitle, hero.Text }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(MarkdownText.ToPlain));
                    text = string.Join('\n', new[] { text, heroText }.Where(t => !string.IsNullOrWhiteSpace(t)));
                    actions.AddRange(hero.Buttons ?? []);
                    break;
                case CalendarAttachment.ContentType when attachment.ContentUrl?.StartsWith("data:", StringComparison.Ordinal) == true:
                    media.Add(Document(attachment, language));
                    break;
                default:
                    if (MessengerButtons.IsWebUrl(attachment.ContentUrl))
                    {
                        media.Add(Link(attachment.ContentType, attachment.ContentUrl!, attachment.Name));
                    }

                    break;
            }
        }

        media.AddRange(actions.Where(a => a.Type == ActionTypes.OpenUrl && MessengerButtons.IsWebUrl(a.Value as string))
            .Select(a => Cta(a.Title ?? _localizer.GetPlain(language, "whatsapp.link.button"), (string)a.Value, a.Title ?? (string)a.Value)));

        var options = WhatsAppChoices.From(actions);
        var cardOptions = WhatsAppChoices.From(cardActions);
        if (cardOptions.Count == 0)
        {
            return new Layout(text, [.. pictures, .. media], options, []);
        }

        // A card's buttons (Change the date | Cancel the booking, Add to cart | Similar products) are what Web Chat
        // and Messenger show under it: they ride on the card's text, before the documents and links that follow it.
        if (options.Count == 0)
        {
            return new Layout(string.IsNullOrWhiteSpace(text) ? cardTitle : text, pictures, cardOptions, media);
        }

        // The message asks its own question too: the card's buttons go in a message of their own, under the card.
        var body = string.IsNullOrWhiteSpace(cardTitle) ? _localizer.GetPlain(language, "whatsapp.list.button") : cardTitle;
        var cardMessages = Assemble(new Layout(body, [], cardOptions, []), language);
        return new Layout(text, [.. pictures, .. cardMessages, .. media], options, []);
    }

    private List<JObject> Assemble(Layout layout, string language)
    {
        var (text, before, options, after) = layout;
        var messages = new List<JObject>();
        if (options.Count == 0)
        {
            messages.AddRange(Texts(text));
            messages.AddRange(before);
            messages.AddRange(after);
            return messages;
        }

        // The question rides on the choices: its last part (at most 1,024 characters) is the interactive body.
        var parts = TextSplitter.Split(text, t => t.Length <= WhatsAppLimits.MaxText).ToList();
        var last = parts.Count > 0 ? parts[^1] : string.Empty;
        parts = parts.Count > 0 ? parts.GetRange(0, parts.Count - 1) : parts;
        if (last.Length > WhatsAppLimits.MaxInteractiveBody)
        {
            var pieces = TextSplitter.Split(last, t => t.Length <= WhatsAppLimits.MaxInteractiveBody);
            parts.AddRange(pieces.Take(pieces.Count - 1));
            last = pieces[^1];
        }

        var label = _localizer.GetPlain(language, "whatsapp.list.button");
        var interactive = WhatsAppChoices.Interactive(string.IsNullOrWhiteSpace(last) ? label : last, options, label);
        messages.AddRange(parts.Select(Text));
        messages.AddRange(before);
        if (interactive is not null)
        {
            messages.Add(interactive);
        }
        else
        {
            messages.AddRange(Texts(string.Join("\n\n", new[] { last, WhatsAppChoices.Numbered(options) }.Where(t => t.Length > 0))));
        }

        messages.AddRange(after);
        return messages;
    }

    // A card's own buttons (its top-level actions) that send something back; its links are its CTA URL button.
    private static IEnumerable<CardAction> CardButtons(JObject card) =>
        (card["actions"] as JArray ?? []).OfType<JObject>()
            .Where(a => (string?)a["type"] is "Action.Submit" or "Action.Execute" && a["data"] is not null && !string.IsNullOrWhiteSpace((string?)a["title"]))
            .Select(a => new CardAction(ActionTypes.PostBack, (string)a["title"]!, value: a["data"]!.DeepClone()));

    private static string FirstLine(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;

    // A product card's image with the card's text; its first web link as a CTA URL button.
    private IEnumerable<JObject> FromCard(JObject card, bool withImage, string language)
    {
        var caption = MarkdownText.ToPlain(MessengerCardRenderer.FallbackText(card)) ?? string.Empty;
        var image = !withImage ? null : card.Descendants().OfType<JObject>()
            .FirstOrDefault(o => (string?)o["type"] == "Image" && MessengerButtons.IsWebUrl((string?)o["url"]));
        if (image is not null)
        {
            yield return new JObject
            {
                ["type"] = "image",
                ["image"] = new JObject { ["link"] = (string)image["url"]!, ["caption"] = TitleShortener.Shorten(caption, WhatsAppLimits.MaxCaption) },
            };
        }

        var link = card.Descendants().OfType<JObject>()
            .FirstOrDefault(o => (string?)o["type"] == "Action.OpenUrl" && MessengerButtons.IsWebUrl((string?)o["url"]));
        if (link is not null)
        {
            var title = (string?)link["title"] ?? _localizer.GetPlain(language, "whatsapp.link.button");
            yield return Cta(title, (string)link["url"]!, string.IsNullOrWhiteSpace(caption) ? title : caption);
        }
    }

    private static JObject Cta(string title, string url, string body) => new()
    {
        ["type"] = "interactive",
        ["interactive"] = new JObject
        {
            ["type"] = "cta_url",
            ["body"] = new JObject { ["text"] = TitleShortener.Shorten(body, WhatsAppLimits.MaxInteractiveBody) },
            ["action"] = new JObject
            {
                ["name"] = "cta_url",
                ["parameters"] = new JObject { ["display_text"] = TitleShortener.Shorten(title, WhatsAppLimits.MaxCtaText), ["url"] = url },
            },
        },
    };

    private JObject Document(Attachment attachment, string language)
    {
        var data = attachment.ContentUrl!;
        var comma = data.IndexOf(',', StringComparison.Ordinal);
        return new JObject
        {
            ["type"] = "document",
            ["document"] = new JObject { ["filename"] = attachment.Name ?? "booking.ics", ["caption"] = _localizer.GetPlain(language, "whatsapp.calendar.caption") },
            [UploadProperty] = new JObject { ["contentType"] = attachment.ContentType, ["base64"] = comma >= 0 ? data[(comma + 1)..] : string.Empty },
        };
    }

    private static JObject Link(string? contentType, string url, string? name)
    {
        var type = contentType?.Split('/')[0] switch
        {
            "image" => "image",
            "video" => "video",
            "audio" => "audio",
            _ => "document",
        };
        var media = new JObject { ["link"] = url };
        if (type == "document" && name is not null)
        {
            media["filename"] = name;
        }

        return new JObject { ["type"] = type, [type] = media };
    }

    private static string WithoutPrefix(string text, string prefix) =>
        prefix.Length > 0 && text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..].Trim() : text;

    private static IEnumerable<JObject> Texts(string text) => TextSplitter.Split(text, t => t.Length <= WhatsAppLimits.MaxText).Select(Text);

    private static JObject Text(string body) => new() { ["type"] = "text", ["text"] = new JObject { ["body"] = body, ["preview_url"] = false } };
}
