using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Anticipation.Reorder;

/// <summary>The capsules a customer bought at one time (orders placed within a day of each other count as one).</summary>
/// <param name="PlacedAt">When the first of its orders was placed.</param>
/// <param name="Capsules">How many capsules it brought.</param>
public sealed record CapsulePurchase(DateTimeOffset PlacedAt, int Capsules)
{
    /// <summary>Orders closer together than this are one purchase: a forgotten flavour ordered an hour later is no new pace.</summary>
    public static readonly TimeSpan SameTime = TimeSpan.FromDays(1);

    /// <summary>The customer's capsule purchases, oldest first; cancelled orders and orders without capsules are left out.</summary>
    public static IReadOnlyList<CapsulePurchase> Of(IEnumerable<Order> orders, ICatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(catalog);
        var purchases = new List<CapsulePurchase>();
        foreach (var order in orders.Where(o => o.Status != OrderStatus.Cancelled).OrderBy(o => o.PlacedAt))
        {
            var capsules = CapsulesIn(order, catalog);
            if (capsules == 0)
            {
                continue;
            }

            if (purchases.Count > 0 && order.PlacedAt - purchases[^1].PlacedAt < SameTime)
            {
                purchases[^1] = purchases[^1] with { Capsules = purchases[^1].Capsules + capsules };
            }
            else
            {
                purchases.Add(new CapsulePurchase(order.PlacedAt, capsules));
            }
        }

        return purchases;
    }

    /// <summary>The capsules an order brings: its capsule sleeves times the capsules in a sleeve.</summary>
    public static int CapsulesIn(Order order, ICatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(catalog);
        return order.Lines
            .Where(l => catalog.FindBySku(l.Sku)?.Category == ProductCategory.Capsules)
            .Sum(l => l.Quantity * CapsuleDetails.CapsulesPerSleeve);
    }
}
