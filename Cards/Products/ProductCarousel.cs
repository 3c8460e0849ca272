using System.Globalization;
using Majordome.Cards.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Products;

/// <summary>
/// A list of products as a carousel. Decision: one compact card per product (Templates/product-carousel.json) sent
/// as several attachments with <see cref="AttachmentLayout"/> "carousel", rather than one tall list card. Web Chat
/// and Teams show such attachments side by side and swipeable, and a channel adapter maps each card to one element
/// of a Messenger generic template (≤10 elements, ≤3 buttons each) or one row of a WhatsApp list, which a single list
/// card would not allow. Hence at most <see cref="MaxItems"/> products and two buttons per card.
/// Submit values: <c>{ "action": "showProduct", "sku" }</c> and <c>{ "action": "addToCart", "sku" }</c>.
/// </summary>
public static class ProductCarousel
{
    /// <summary>The template name (Templates/product-carousel.json), also the prefix of the card's labels.</summary>
    public const string Name = "product-carousel";

    /// <summary>The activity's attachment layout to set with these attachments.</summary>
    public const string AttachmentLayout = AttachmentLayoutTypes.Carousel;

    /// <summary>The most products in one carousel: Messenger's generic template takes 10 elements.</summary>
    public const int MaxItems = 10;

    /// <summary>One attachment per product (the first <see cref="MaxItems"/>), to send with <see cref="AttachmentLayout"/>.</summary>
    public static IReadOnlyList<Attachment> Create(IReadOnlyList<ProductCardData> products, string language)
    {
        ArgumentNullException.ThrowIfNull(products);
        return products.Take(MaxItems).Select(p => AdaptiveCardAttachment.From(Render(p, language), Name, p)).ToList();
    }

    /// <summary>The compact card of one product; <paramref name="strict"/> makes a template/data mismatch throw (for tests).</summary>
    public static JObject Render(ProductCardData product, string language, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(product);
        var view = JObject.FromObject(new
        {
            sku = product.Sku,
            name = product.Name,
            imageUrl = product.ImageUrl ?? string.Empty,
            priceText = CardFormat.Euros(product.Price, language),
            stock = product.StockQuantity,
            stockText = ProductText.Stock(product.StockQuantity, language),
            stockColor = ProductText.StockColor(product.StockQuantity),
            intensityText = ProductText.Intensity(product.Intensity, language),
        });
        return CardRenderer.Render(Name, view, language, ItemText(product, language), strict);
    }

    /// <summary>The products as a numbered plain-text list, for channels without cards.</summary>
    public static string ToText(IReadOnlyList<ProductCardData> products, string language)
    {
        ArgumentNullException.ThrowIfNull(products);
        return string.Join('\n', products.Take(MaxItems).Select((p, i) =>
            $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {ItemText(p, language)}"));
    }

    private static string ItemText(ProductCardData product, string language)
    {
        var parts = new List<string> { product.Name, CardFormat.Euros(product.Price, language) };
        if (ProductText.Intensity(product.Intensity, language) is { } intensity)
        {
            parts.Add(intensity);
        }

        parts.Add(ProductText.Stock(product.StockQuantity, language));
        return string.Join(" — ", parts);
    }
}
