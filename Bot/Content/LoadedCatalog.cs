using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>The catalog served from the loaded brand content, indexed by sku.</summary>
public sealed class LoadedCatalog : ICatalog
{
    private readonly Dictionary<string, Product> bySku;

    /// <summary>Indexes <paramref name="products"/>, whose skus the loader has checked to be unique.</summary>
    public LoadedCatalog(IReadOnlyList<Product> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        Products = products;
        bySku = products.ToDictionary(p => p.Sku, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IReadOnlyList<Product> Products { get; }

    /// <inheritdoc />
    public Product? FindBySku(string sku) => bySku.GetValueOrDefault(sku);

    /// <inheritdoc />
    public IReadOnlyList<Product> InCategory(ProductCategory category) => [.. Products.Where(p => p.Category == category)];
}
