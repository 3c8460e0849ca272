namespace Majordome.Cards.Orders;

/// <summary>Where an order stands, as the customer is told.</summary>
public enum OrderStage
{
    /// <summary>Placed and paid, not yet prepared.</summary>
    Received,

    /// <summary>Being prepared in the workshop.</summary>
    Preparing,

    /// <summary>Handed to the carrier.</summary>
    Shipped,

    /// <summary>Waiting in the boutique for the customer.</summary>
    ReadyForPickUp,

    /// <summary>Delivered or collected.</summary>
    Delivered,

    /// <summary>Cancelled.</summary>
    Cancelled,
}
