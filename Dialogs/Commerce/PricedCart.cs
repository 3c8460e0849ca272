namespace Majordome.Dialogs.Commerce;

/// <summary>The cart as shown to the customer: current catalog prices, delivery fee and total.</summary>
/// <param name="Lines">The lines whose product is in the catalog, in cart order.</param>
/// <param name="RemovedSkus">
/// Skus in the cart whose product is no longer in the catalog: left out of every amount, so the dialog can tell the
/// customer and drop them from the cart.
/// </param>
/// <param name="Mode">The delivery the fee was computed for.</param>
/// <param name="Subtotal">The sum of the lines.</param>
/// <param name="DeliveryFee">What delivery costs: 0 for pick-up, for an empty cart, or from the free-delivery threshold.</param>
/// <param name="AmountToFreeDelivery">For home delivery, how much more to spend for free delivery; 0 when it is already free.</param>
public sealed record PricedCart(
    IReadOnlyList<PricedCartLine> Lines,
    IReadOnlyList<string> RemovedSkus,
    DeliveryMode Mode,
    decimal Subtotal,
    decimal DeliveryFee,
    decimal AmountToFreeDelivery)
{
    /// <summary>What the customer pays.</summary>
    public decimal Total => Subtotal + DeliveryFee;

    /// <summary>True when nothing can be ordered (an empty cart, or only removed products).</summary>
    public bool IsEmpty => Lines.Count == 0;
}
