namespace Majordome.Dialogs.Commerce;

/// <summary>The state of an order.</summary>
public enum OrderStatus
{
    /// <summary>Placed, being prepared.</summary>
    Placed,

    /// <summary>Shipped to the customer's address.</summary>
    Shipped,

    /// <summary>Ready at the boutique.</summary>
    ReadyForPickUp,

    /// <summary>Delivered or picked up.</summary>
    Completed,

    /// <summary>Cancelled.</summary>
    Cancelled,

    /// <summary>Prepared in the workshop, about to be shipped or sent to the boutique (set by the brand's back office).</summary>
    Prepared,
}

/// <summary>A placed order, as stored.</summary>
/// <param name="Number">The human-readable order number ("1042").</param>
/// <param name="CustomerKey">Who placed it.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Lines">Its lines, prices as they were when ordered.</param>
/// <param name="Delivery">Where it goes.</param>
/// <param name="Email">The receipt's address.</param>
/// <param name="DeliveryFee">The delivery fee charged.</param>
/// <param name="Payment">How it is paid.</param>
/// <param name="PlacedAt">When it was placed.</param>
public sealed record Order(long Number, string CustomerKey, OrderStatus Status, IReadOnlyList<OrderLine> Lines, Delivery Delivery, string Email, decimal DeliveryFee, PaymentMethod Payment, DateTimeOffset PlacedAt)
{
    /// <summary>The sum of the lines.</summary>
    public decimal Subtotal => Lines.Sum(l => l.Total);

    /// <summary>What the customer pays.</summary>
    public decimal Total => Subtotal + DeliveryFee;
}
