namespace Majordome.Cards.Orders;

/// <summary>
/// The amounts at the bottom of a cart or an order. Given rather than computed here because discounts and
/// delivery rules belong to the shop, not to its presentation.
/// </summary>
/// <param name="Subtotal">The sum of the lines, in euros.</param>
/// <param name="DeliveryFee">The delivery fee in euros; 0 shows "free".</param>
/// <param name="Total">What the customer pays, in euros.</param>
public sealed record OrderTotals(decimal Subtotal, decimal DeliveryFee, decimal Total);
