namespace Majordome.Cards.Orders;

/// <summary>What the cart card shows.</summary>
/// <param name="Lines">The cart's lines; none shows "your cart is empty".</param>
/// <param name="Totals">Subtotal, delivery fee and total.</param>
public sealed record CartCardData(IReadOnlyList<OrderLine> Lines, OrderTotals Totals);
