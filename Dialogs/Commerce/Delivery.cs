namespace Majordome.Dialogs.Commerce;

/// <summary>How an order reaches the customer.</summary>
public enum DeliveryMode
{
    /// <summary>Delivered to a French address.</summary>
    Home,

    /// <summary>Picked up at a boutique.</summary>
    PickUp,
}

/// <summary>Where an order goes: a home address, or the boutique where it is picked up.</summary>
/// <param name="Mode">Home delivery or pick-up.</param>
/// <param name="Street">The street line, for home delivery.</param>
/// <param name="PostalCode">The French postal code (5 digits), for home delivery.</param>
/// <param name="City">The city, for home delivery.</param>
/// <param name="BoutiqueId">The boutique, for pick-up.</param>
public sealed record Delivery(DeliveryMode Mode, string? Street = null, string? PostalCode = null, string? City = null, string? BoutiqueId = null);
