using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// The unit a customer counted in. Every product has one selling unit, the unit of its price, stock and the
/// brand's per-line maximum: one sleeve of <see cref="CapsuleDetails.CapsulesPerSleeve"/> for capsules, one item
/// for machines and accessories. For capsules only, customers may also count single capsules.
/// </summary>
public enum QuantityUnit
{
    /// <summary>The product's selling unit: "3", "3 étuis", "3 sleeves" of capsules, "2" machines.</summary>
    SellingUnit,

    /// <summary>Single capsules ("30 capsules"); only whole sleeves are sold, so the count must be a multiple of 10.</summary>
    Capsule,
}
