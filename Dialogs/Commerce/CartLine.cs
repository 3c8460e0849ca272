namespace Majordome.Dialogs.Commerce;

/// <summary>
/// One product in the cart and how many of its selling units (sleeves for capsules) the customer wants. No price:
/// prices come from the catalog each time the cart is shown, and are frozen only when the order is placed.
/// </summary>
public sealed class CartLine
{
    /// <summary>The product's sku, as the catalog spells it.</summary>
    public string Sku { get; set; } = string.Empty;

    /// <summary>How many selling units; always positive in a cart built through <see cref="Cart"/>.</summary>
    public int Quantity { get; set; }
}
