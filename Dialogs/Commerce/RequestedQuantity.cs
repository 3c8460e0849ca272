namespace Majordome.Dialogs.Commerce;

/// <summary>
/// A quantity as the customer said it, before any rule: "30 capsules" is 30 in <see cref="QuantityUnit.Capsule"/>,
/// not yet 3 sleeves, so that "25 capsules" can be refused with a precise suggestion rather than silently rounded.
/// <see cref="QuantityRules"/> turns it into selling units.
/// </summary>
/// <param name="Count">The number said; may be zero or negative, which the rules refuse politely.</param>
/// <param name="Unit">What was counted.</param>
public sealed record RequestedQuantity(int Count, QuantityUnit Unit = QuantityUnit.SellingUnit)
{
    /// <summary>True when the customer counted single capsules.</summary>
    public bool InCapsules => Unit == QuantityUnit.Capsule;

    /// <summary><paramref name="count"/> selling units (sleeves, machines, accessories).</summary>
    public static RequestedQuantity Units(int count) => new(count);

    /// <summary><paramref name="count"/> single capsules.</summary>
    public static RequestedQuantity Capsules(int count) => new(count, QuantityUnit.Capsule);
}
