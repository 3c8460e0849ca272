using System.Globalization;
using Majordome.Cards;
using Majordome.Cards.Bookings;
using Majordome.Cards.Boutiques;
using Majordome.Cards.Localization;
using Majordome.Cards.Menu;
using Majordome.Cards.Orders;
using Majordome.Cards.Products;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Rendering;

/// <summary>
/// The one place that decides how each of Majordome's Adaptive Cards looks on Messenger and Instagram:
/// <list type="table">
/// <item><term>product-carousel</term><description>one generic element per card (the activity's cards are joined; ten per template).</description></item>
/// <item><term>product, location</term><description>a one-element generic template.</description></item>
/// <item><term>order-receipt</term><description>Messenger: the receipt template. Instagram (no receipt): the text fallback plus a button template with the card's buttons.</description></item>
/// <item><term>booking-confirmation</term><description>a button template: its text and its buttons.</description></item>
/// <item><term>menu</term><description>a button template: the welcome and the three choices as postbacks.</description></item>
/// <item><term>cart, order-status, any other card</term><description>the card's text fallback; its top-level buttons (at most three) ride on a button template holding the last part of the text.</description></item>
/// </list>
/// Buttons: see <see cref="MessengerButtons"/>.
/// </summary>
public sealed class MessengerCardRenderer
{
    private readonly Localizer _strings;

    /// <summary>Creates the renderer; <paramref name="strings"/> words the receipt's required fields the cards do not carry.</summary>
    public MessengerCardRenderer(Localizer strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        _strings = strings;
    }

    /// <summary>
    /// The messages of the Adaptive Cards <paramref name="cards"/> (in order); consecutive product-carousel cards are
    /// gathered into one generic template. <paramref name="customerName"/> fills the receipt's recipient name.
    /// </summary>
    public IReadOnlyList<JObject> Render(IReadOnlyList<Microsoft.Bot.Schema.Attachment> cards, MessengerLimits limits, string? customerName)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(limits);
        var messages = new List<JObject>();
        var carousel = new List<JObject>();
        foreach (var attachment in cards)
        {
            var card = attachment.Content as JObject ?? (attachment.Content is null ? [] : JObject.FromObject(attachment.Content));
            AdaptiveCardAttachment.TryGetSource(attachment, out var template, out var data);
            var language = CardLanguage.Normalize((string?)card["lang"] ?? Languages.French);
            if (template == ProductCarousel.Name && data.ToObject<ProductCardData>() is { } item)
            {
                carousel.Add(ProductElement(item, card, language, limits));
                continue;
            }

            messages.AddRange(MessengerTemplates.Generic(carousel));
            carousel.Clear();
            messages.AddRange(RenderOne(template, data, card, language, limits, customerName));
        }

        messages.AddRange(MessengerTemplates.Generic(carousel));
        return messages;
    }

    private IEnumerable<JObject> RenderOne(string template, JObject data, JObject card, string language, MessengerLimits limits, string? customerName)
    {
        switch (template)
        {
            case ProductCard.Name when data.ToObject<ProductCardData>() is { } product:
                return MessengerTemplates.Generic([ProductElement(product, card, language, limits)]);
            case LocationCard.Name when data.ToObject<LocationCardData>() is { } boutique:
                return MessengerTemplates.Generic([MessengerTemplates.Element(boutique.Name, boutique.Address, null, Buttons(card, limits))]);
            case OrderReceiptCard.Name when limits.SupportsReceipt && data.ToObject<OrderReceiptCardData>() is { } receipt:
                return [Receipt(receipt, language, customerName)];
            case BookingConfirmationCard.Name when data.ToObject<BookingConfirmationCardData>() is { } booking:
                return [MessengerTemplates.Button(BookingConfirmationCard.ToText(booking, language), Buttons(card, limits))];
            case MenuCard.Name when data.ToObject<MenuCardData>() is { } menu:
                var welcome = $"{CardLabels.Get(language, "menu.welcome", ("brand", menu.BrandName))}\n{CardLabels.Get(language, "menu.prompt")}";
                var choices = new JArray(MenuCard.Choices.Select(choice => MessengerButtons.FromAdaptiveAction(new JObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = CardLabels.Get(language, $"menu.{choice}"),
                    ["data"] = new JObject { ["action"] = CardActions.Menu, ["choice"] = choice },
                })));
                return [MessengerTemplates.Button(welcome, choices)];
            default:
                return TextWithButtons(FallbackText(card), Buttons(card, limits), limits);
        }
    }

    /// <summary>The card's text alternative: its fallbackText, or its text blocks when it has none.</summary>
    public static string FallbackText(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if ((string?)card["fallbackText"] is { Length: > 0 } fallback)
        {
            return fallback;
        }

        var texts = card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "TextBlock" && o["text"]?.Type == JTokenType.String)
            .Select(o => (string)o["text"]!);
        return string.Join('\n', texts);
    }

    /// <summary>
    /// The text cut to the platform's length; when there are buttons, the last part (at most 640 characters) becomes
    /// a button template carrying them.
    /// </summary>
    public static IEnumerable<JObject> TextWithButtons(string text, JArray buttons, MessengerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        ArgumentNullException.ThrowIfNull(limits);
        var parts = TextSplitter.Split(text, limits.TextFits).ToList();
        if (buttons.Count == 0 || parts.Count == 0)
        {
            return parts.Select(MessengerTemplates.Text);
        }

        var last = TextSplitter.Split(parts[^1], t => t.Length <= MessengerLimits.MaxButtonTemplateTextLength && limits.TextFits(t));
        parts.RemoveAt(parts.Count - 1);
        parts.AddRange(last);
        return parts.Take(parts.Count - 1).Select(MessengerTemplates.Text).Append(MessengerTemplates.Button(parts[^1], buttons));
    }

    private static JArray Buttons(JObject card, MessengerLimits limits) => MessengerButtons.FromAdaptiveActions(card["actions"], limits);

    private static JObject ProductElement(ProductCardData product, JObject card, string language, MessengerLimits limits)
    {
        var facts = new List<string> { CardFormat.Euros(product.Price, language) };
        if (product.Intensity is { } intensity)
        {
            facts.Add($"{CardLabels.Get(language, "product.intensity")} {intensity.ToString(CultureInfo.InvariantCulture)}/13");
        }

        facts.Add(product.StockQuantity > 0 ? CardLabels.Get(language, "product.inStock") : CardLabels.Get(language, "product.outOfStock"));
        return MessengerTemplates.Element(product.Name, string.Join(" · ", facts), product.ImageUrl, Buttons(card, limits));
    }

    private JObject Receipt(OrderReceiptCardData receipt, string language, string? customerName)
    {
        // The card has no customer name or payment method, which the receipt template requires: the customer's
        // Messenger name (or "Customer") and how Majordome's orders are paid stand in.
        var payload = new JObject
        {
            ["template_type"] = "receipt",
            ["recipient_name"] = string.IsNullOrWhiteSpace(customerName) ? _strings.Get(language, "messenger.receipt.customer") : customerName,
            ["order_number"] = receipt.OrderNumber,
            ["currency"] = "EUR",
            ["payment_method"] = _strings.Get(language, receipt.Fulfilment == Fulfilment.PickUp ? "messenger.receipt.payAtPickUp" : "messenger.receipt.payOnDelivery"),
            ["timestamp"] = receipt.PlacedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["summary"] = new JObject
            {
                ["subtotal"] = receipt.Totals.Subtotal,
                ["shipping_cost"] = receipt.Totals.DeliveryFee,
                ["total_cost"] = receipt.Totals.Total,
            },
            ["elements"] = new JArray(receipt.Lines.Take(100).Select(line => new JObject
            {
                ["title"] = TitleShortener.Shorten(line.Name, MessengerLimits.MaxElementTextLength),
                ["subtitle"] = $"{line.Quantity.ToString(CultureInfo.InvariantCulture)} × {CardFormat.Euros(line.UnitPrice, language)}",
                ["quantity"] = line.Quantity,
                ["price"] = line.LineTotal,
                ["currency"] = "EUR",
            })),
        };
        return MessengerTemplates.Template(payload);
    }
}
