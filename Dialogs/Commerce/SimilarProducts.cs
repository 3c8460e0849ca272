using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>What to suggest instead of a product that cannot be sold: its <see cref="Product.Similar"/> skus that are in stock.</summary>
public static class SimilarProducts
{
    /// <summary>
    /// The products listed in <paramref name="product"/>'s <see cref="Product.Similar"/> that exist in the catalog and
    /// have live stock, in the marketer's order. Live stock comes from the order store, not from the catalog: the
    /// catalog's figure is only the initial stock, orders have consumed it since.
    /// </summary>
    public static async Task<IReadOnlyList<Product>> InStockAsync(Product product, ICatalog catalog, IOrderStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(store);

        var inStock = new List<Product>();
        foreach (var candidate in Candidates(product, catalog))
        {
            if (await store.GetStockAsync(candidate.Sku, cancellationToken).ConfigureAwait(false) > 0)
            {
                inStock.Add(candidate);
            }
        }

        return inStock;
    }

    // A marketer's typo (an unknown sku, the product itself, a duplicate) is skipped rather than shown.
    private static IEnumerable<Product> Candidates(Product product, ICatalog catalog) =>
        product.Similar
            .Select(catalog.FindBySku)
            .OfType<Product>()
            .Where(p => !string.Equals(p.Sku, product.Sku, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(p => p.Sku, StringComparer.OrdinalIgnoreCase);
}
