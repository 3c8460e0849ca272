using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>The verdict of <see cref="QuantityRules"/> on a requested quantity.</summary>
/// <param name="Reason">Accepted, or why not.</param>
/// <param name="Units">When accepted, the quantity to add in selling units (sleeves for capsules); 0 otherwise.</param>
/// <param name="Suggestions">
/// Quantities to offer instead, in the unit the customer used ("20 or 30 capsules", "8 sleeves"); empty when
/// nothing fits (for example the cart already holds the maximum).
/// </param>
/// <param name="Alternatives">For <see cref="QuantityReason.OutOfStock"/>: similar products in stock, in the marketer's order.</param>
public sealed record QuantityCheck(
    QuantityReason Reason,
    int Units,
    IReadOnlyList<RequestedQuantity> Suggestions,
    IReadOnlyList<Product> Alternatives)
{
    /// <summary>True when the quantity can go into the cart.</summary>
    public bool IsOk => Reason == QuantityReason.Ok;

    internal static QuantityCheck Accept(int units) => new(QuantityReason.Ok, units, [], []);

    internal static QuantityCheck Refuse(QuantityReason reason, IReadOnlyList<RequestedQuantity>? suggestions = null) =>
        new(reason, 0, suggestions ?? [], []);
}
