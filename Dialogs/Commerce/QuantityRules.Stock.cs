using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>The rules with live stock read from the order store; the dialogs call this one.</summary>
public static partial class QuantityRules
{
    /// <summary>
    /// Reads the product's live stock, applies <see cref="Check"/>, and when the product is out of stock fills
    /// <see cref="QuantityCheck.Alternatives"/> with <see cref="SimilarProducts.InStockAsync"/>.
    /// </summary>
    public static async Task<QuantityCheck> CheckAsync(
        Product product,
        RequestedQuantity requested,
        BrandSettings settings,
        int alreadyInCart,
        ICatalog catalog,
        IOrderStore store,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(store);

        var stock = await store.GetStockAsync(product.Sku, cancellationToken).ConfigureAwait(false);
        var check = Check(product, requested, settings, stock, alreadyInCart);
        return check.Reason == QuantityReason.OutOfStock
            ? check with { Alternatives = await SimilarProducts.InStockAsync(product, catalog, store, cancellationToken).ConfigureAwait(false) }
            : check;
    }
}
