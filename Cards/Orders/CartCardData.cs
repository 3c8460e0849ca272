namespace Majordome.Cards.Orders;

/// <summary>What the cart card shows.</summary>
/// <param name="Lines">The cart's lines; none shows "your cart is empty".</param>
/// <param name="Totals">Subtotal, delivery fee and total.</param>
/// <param name="Editable">
/// Whether the card has its buttons (one less, one more, remove, checkout, continue shopping); false for the summary
/// shown with the final "shall I place the order?", where they would answer another question than the one asked.
/// </param>
public sealed record CartCardData(IReadOnlyList<OrderLine> Lines, OrderTotals Totals, bool Editable = true);
