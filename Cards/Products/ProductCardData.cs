namespace Majordome.Cards.Products;

/// <summary>What the product card and the carousel show about one product. Texts arrive already in the customer's language.</summary>
/// <param name="Sku">The product's stock-keeping unit, sent back by the card's buttons.</param>
/// <param name="Name">The product name.</param>
/// <param name="Description">One or two sentences about the product.</param>
/// <param name="Price">The unit price in euros, taxes included.</param>
/// <param name="StockQuantity">Units in stock; 0 hides "add to cart".</param>
public sealed record ProductCardData(string Sku, string Name, string Description, decimal Price, int StockQuantity)
{
    /// <summary>An absolute http(s) URL of the product photo; no image is shown when null.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>For coffees: the intensity on Maison Tasse's scale of 1 to 13.</summary>
    public int? Intensity { get; init; }

    /// <summary>For machines and accessories: a few key features, one short phrase each.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];
}
