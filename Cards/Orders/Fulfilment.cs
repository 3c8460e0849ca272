namespace Majordome.Cards.Orders;

/// <summary>How an order reaches the customer.</summary>
public enum Fulfilment
{
    /// <summary>Delivered to the customer's address.</summary>
    Delivery,

    /// <summary>Collected in a boutique.</summary>
    PickUp,
}
