namespace Majordome.Dialogs.Anticipation.Reorder;

/// <summary>
/// When a customer's capsules run out: the capsules of their latest purchase over the cups they drink a day, which is
/// their own pace once they bought twice (what they bought before over the days it lasted them), the brand's default
/// before that.
/// </summary>
public static class ReorderEstimate
{
    /// <summary>When the latest purchase runs out, or null when the customer bought no capsules.</summary>
    /// <param name="purchases">The customer's capsule purchases, oldest first (see <see cref="CapsulePurchase.Of"/>).</param>
    /// <param name="defaultCupsPerDay">The brand's cups a day (brand.yaml reminders.cups_per_day).</param>
    public static DateTimeOffset? RunsOutAt(IReadOnlyList<CapsulePurchase> purchases, decimal defaultCupsPerDay)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultCupsPerDay);
        if (purchases.Count == 0)
        {
            return null;
        }

        var latest = purchases[^1];
        var perDay = ObservedCupsPerDay(purchases) ?? defaultCupsPerDay;
        return latest.PlacedAt + TimeSpan.FromDays((double)(latest.Capsules / perDay));
    }

    /// <summary>
    /// The capsules bought before the latest purchase over the days from the first purchase to the latest: what the
    /// customer drank while waiting to buy again. Null with a single purchase.
    /// </summary>
    public static decimal? ObservedCupsPerDay(IReadOnlyList<CapsulePurchase> purchases)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        if (purchases.Count < 2)
        {
            return null;
        }

        var days = (decimal)(purchases[^1].PlacedAt - purchases[0].PlacedAt).TotalDays;
        var drunk = purchases.Take(purchases.Count - 1).Sum(p => p.Capsules);
        return days <= 0 ? null : drunk / days;
    }
}
