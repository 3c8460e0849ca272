using Majordome.Cards.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Products;

/// <summary>
/// The product detail card (Templates/product.json): photo, name, description, price, intensity or key features,
/// stock, and the buttons "add to cart" (only when in stock) and "similar products".
/// Submit values: <c>{ "action": "addToCart", "sku" }</c> and <c>{ "action": "showSimilar", "sku" }</c>.
/// </summary>
public static class ProductCard
{
    /// <summary>The template name (Templates/product.json), also the prefix of the card's labels.</summary>
    public const string Name = "product";

    /// <summary>The card as a Bot Framework attachment.</summary>
    public static Attachment Create(ProductCardData data, string language) => AdaptiveCardAttachment.From(Render(data, language), Name, data);

    /// <summary>The card JSON; <paramref name="strict"/> makes a template/data mismatch throw (for tests).</summary>
    public static JObject Render(ProductCardData data, string language, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var view = JObject.FromObject(new
        {
            sku = data.Sku,
            name = data.Name,
            description = data.Description,
            imageUrl = data.ImageUrl ?? string.Empty,
            priceText = CardFormat.Euros(data.Price, language),
            stock = data.StockQuantity,
            stockText = ProductText.Stock(data.StockQuantity, language),
            stockColor = ProductText.StockColor(data.StockQuantity),
            intensityText = ProductText.Intensity(data.Intensity, language),
            intensityGauge = ProductText.Gauge(data.Intensity),
            features = data.Features,
        });
        return CardRenderer.Render(Name, view, language, ToText(data, language), strict);
    }

    /// <summary>The same information as plain text, for channels without cards.</summary>
    public static string ToText(ProductCardData data, string language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var lines = new List<string> { $"{data.Name} — {CardFormat.Euros(data.Price, language)}", data.Description };
        if (ProductText.Intensity(data.Intensity, language) is { } intensity)
        {
            lines.Add(intensity);
        }

        if (data.Features.Count > 0)
        {
            lines.Add(CardFormat.Colon(CardLabels.Get(language, "product.features"), language));
            lines.AddRange(data.Features.Select(f => "- " + f));
        }

        lines.Add(ProductText.Stock(data.StockQuantity, language));
        return string.Join('\n', lines);
    }
}
