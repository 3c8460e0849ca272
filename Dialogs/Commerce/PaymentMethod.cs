namespace Majordome.Dialogs.Commerce;

/// <summary>
/// How an order is paid. Majordome never takes card details in a chat: the customer pays at the boutique when
/// picking up, or to the courier on delivery.
/// </summary>
public enum PaymentMethod
{
    /// <summary>Paid at the boutique when picking the order up.</summary>
    AtPickUp,

    /// <summary>Paid to the courier on delivery.</summary>
    OnDelivery,
}
