using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>Prices a cart from the catalog as it is now; pure. The prices are frozen only by <see cref="OrderRequestBuilder"/>.</summary>
public static class CartPricing
{
    /// <summary>Prices <paramref name="cart"/> for <paramref name="mode"/>.</summary>
    /// <param name="cart">The customer's cart.</param>
    /// <param name="catalog">Today's catalog: a product it no longer has ends in <see cref="PricedCart.RemovedSkus"/>, never in an exception.</param>
    /// <param name="settings">The delivery fee and the free-delivery threshold.</param>
    /// <param name="mode">Home delivery pays the fee below the threshold; pick-up never does.</param>
    public static PricedCart Price(Cart cart, ICatalog catalog, BrandSettings settings, DeliveryMode mode)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);

        var lines = new List<PricedCartLine>();
        var removed = new List<string>();
        foreach (var line in cart.Lines)
        {
            if (catalog.FindBySku(line.Sku) is { } product)
            {
                lines.Add(new PricedCartLine(product.Sku, product.Name, product.Price, line.Quantity));
            }
            else
            {
                removed.Add(line.Sku);
            }
        }

        var subtotal = lines.Sum(l => l.Total);

        // Nothing to deliver costs nothing: an empty cart must not show a 4.90 total.
        var home = mode == DeliveryMode.Home && lines.Count > 0;
        var fee = home ? settings.DeliveryFeeFor(subtotal) : 0m;
        var toFree = home ? Math.Max(0m, settings.FreeDeliveryFrom - subtotal) : 0m;
        return new PricedCart(lines, removed, mode, subtotal, fee, toFree);
    }
}
