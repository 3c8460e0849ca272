using Majordome.Dialogs.Anticipation.Reorder;
using Majordome.Dialogs.Commerce;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>When capsules run out: sleeves × 10 over the customer's own pace, or the brand's cups a day before it is known.</summary>
public sealed class ReorderEstimateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static Order OrderOf(DateTimeOffset at, params (string Sku, int Quantity)[] lines) => new(
        1, "webchat/u", OrderStatus.Completed, lines.Select(l => new OrderLine(l.Sku, l.Sku, 4.20m, l.Quantity)).ToList(),
        Deliveries.PickUp("paris-marais"), "marie@exemple.fr", 0m, PaymentMethod.AtPickUp, at);

    private static IReadOnlyList<CapsulePurchase> Purchases(params Order[] orders) => CapsulePurchase.Of(orders, TestBrand.Services(TimeProvider.System).Catalog);

    [Fact]
    public void OneOrderOfThreeSleeves_LastsThirtyCapsulesAtTheBrandsPace()
    {
        var runsOut = ReorderEstimate.RunsOutAt(Purchases(OrderOf(Monday, ("CAP-ARPEGGIO", 3))), defaultCupsPerDay: 2m);

        Assert.Equal(Monday.AddDays(15), runsOut);
    }

    [Fact]
    public void TwoOrders_UseTheCustomersOwnPace()
    {
        // 20 capsules lasted 20 days: one a day, so the next 30 last 30 days.
        var purchases = Purchases(OrderOf(Monday, ("CAP-LUNGO", 2)), OrderOf(Monday.AddDays(20), ("CAP-ARPEGGIO", 1), ("CAP-LUNGO", 2)));

        Assert.Equal(1m, ReorderEstimate.ObservedCupsPerDay(purchases));
        Assert.Equal(Monday.AddDays(50), ReorderEstimate.RunsOutAt(purchases, defaultCupsPerDay: 2m));
    }

    [Fact]
    public void OrdersTheSameDay_AreOnePurchase_NotAPace()
    {
        var purchases = Purchases(OrderOf(Monday, ("CAP-LUNGO", 2)), OrderOf(Monday.AddHours(2), ("CAP-ARPEGGIO", 1)));

        var single = Assert.Single(purchases);
        Assert.Equal(30, single.Capsules);
        Assert.Equal(Monday.AddDays(15), ReorderEstimate.RunsOutAt(purchases, defaultCupsPerDay: 2m));
    }

    [Fact]
    public void MachinesAndCancelledOrders_AreNoCapsules()
    {
        var machine = OrderOf(Monday, ("MAC-PICCOLA", 1));
        var cancelled = OrderOf(Monday.AddDays(3), ("CAP-LUNGO", 5)) with { Status = OrderStatus.Cancelled };

        Assert.Empty(Purchases(machine, cancelled));
        Assert.Null(ReorderEstimate.RunsOutAt(Purchases(machine, cancelled), defaultCupsPerDay: 2m));
    }
}
