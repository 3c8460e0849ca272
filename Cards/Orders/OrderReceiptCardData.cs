namespace Majordome.Cards.Orders;

/// <summary>What the order receipt card shows.</summary>
/// <param name="OrderNumber">The order number the customer quotes, for example "MT-2025-0042".</param>
/// <param name="PlacedAt">When the order was placed, in the customer's time zone.</param>
/// <param name="Lines">The ordered lines.</param>
/// <param name="Totals">Subtotal, delivery fee and total.</param>
/// <param name="Fulfilment">Delivery or pick-up.</param>
/// <param name="Destination">The delivery address, or the pick-up boutique's name and address, on one line.</param>
public sealed record OrderReceiptCardData(
    string OrderNumber,
    DateTimeOffset PlacedAt,
    IReadOnlyList<OrderLine> Lines,
    OrderTotals Totals,
    Fulfilment Fulfilment,
    string Destination);
