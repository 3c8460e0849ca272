using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>Builds a <see cref="Delivery"/> of each mode with exactly the fields that mode needs.</summary>
public static class Deliveries
{
    /// <summary>Home delivery to <paramref name="address"/> (read by <see cref="FrenchAddressParser"/>).</summary>
    public static Delivery Home(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new Delivery(DeliveryMode.Home, address.Street, address.PostalCode, address.City);
    }

    /// <summary>Pick-up at the boutique <paramref name="boutiqueId"/>.</summary>
    public static Delivery PickUp(string boutiqueId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boutiqueId);
        return new Delivery(DeliveryMode.PickUp, BoutiqueId: boutiqueId);
    }
}
