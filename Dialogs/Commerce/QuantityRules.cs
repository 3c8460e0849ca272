using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// The purchase rules on one product's quantity. Pure: stock and cart contents are passed in, so every rule is
/// tested without a database. Unit model: price, stock and the per-line maximum count selling units (sleeves of
/// <see cref="CapsuleDetails.CapsulesPerSleeve"/> for capsules); a customer may count capsules one by one, which
/// must then make whole sleeves ("30 capsules" = 3 sleeves; "25 capsules" is refused with 20 or 30 offered).
/// </summary>
public static partial class QuantityRules
{
    /// <summary>Checks <paramref name="requested"/> units of <paramref name="product"/> going into a cart.</summary>
    /// <param name="product">The product.</param>
    /// <param name="requested">The quantity as the customer said it.</param>
    /// <param name="settings">The brand's rules (<see cref="BrandSettings.MaxQuantityPerLine"/>).</param>
    /// <param name="stockAvailable">The live stock in selling units (<see cref="IOrderStore.GetStockAsync"/>).</param>
    /// <param name="alreadyInCart">
    /// Units of this product already in the cart: the request adds to them. Pass 0 when the request replaces the
    /// line's quantity (changing "3" into "5").
    /// </param>
    /// <returns>
    /// The verdict. Rules apply in this order: not positive, out of stock, not a multiple of a sleeve, then the
    /// tighter of the per-line maximum and the stock, so the customer is corrected once, with the limit that binds.
    /// <see cref="QuantityCheck.Alternatives"/> stays empty here: <see cref="CheckAsync"/> fills it.
    /// </returns>
    public static QuantityCheck Check(Product product, RequestedQuantity requested, BrandSettings settings, int stockAvailable, int alreadyInCart)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(alreadyInCart);

        if (requested.Count <= 0)
        {
            return QuantityCheck.Refuse(QuantityReason.NotPositive);
        }

        if (stockAvailable <= 0)
        {
            return QuantityCheck.Refuse(QuantityReason.OutOfStock);
        }

        // What may still be added: the brand's maximum and the stock both count what the cart already holds.
        var room = Math.Min(settings.MaxQuantityPerLine, stockAvailable) - alreadyInCart;
        var perUnit = CapsulesPerUnit(product, requested);
        var units = requested.Count / perUnit;
        if (requested.Count % perUnit != 0)
        {
            var nearest = new[] { units, units + 1 }.Where(s => s > 0 && s <= room).Select(s => InCustomerUnit(s, perUnit)).ToList();
            if (nearest.Count > 0)
            {
                return QuantityCheck.Refuse(QuantityReason.NotAMultipleOfSleeve, nearest);
            }

            // No whole number of sleeves fits: the limit is the real problem, so say that instead.
            units++;
        }

        if (units > room)
        {
            var reason = stockAvailable < settings.MaxQuantityPerLine ? QuantityReason.NotEnoughStock : QuantityReason.AboveMaxPerLine;
            return QuantityCheck.Refuse(reason, room > 0 ? [InCustomerUnit(room, perUnit)] : []);
        }

        return QuantityCheck.Accept(units);
    }

    // Capsules counted one by one make sleeves; any other count is already in selling units (a "capsule" count on a
    // machine cannot come from QuantityParser, and is read as plain units rather than refused).
    private static int CapsulesPerUnit(Product product, RequestedQuantity requested) =>
        requested.InCapsules && product.Capsule is not null ? CapsuleDetails.CapsulesPerSleeve : 1;

    // Suggestions are said back in the customer's own unit: "20 or 30 capsules" to someone who counted capsules.
    private static RequestedQuantity InCustomerUnit(int units, int capsulesPerUnit) =>
        capsulesPerUnit == 1 ? RequestedQuantity.Units(units) : RequestedQuantity.Capsules(units * capsulesPerUnit);
}
