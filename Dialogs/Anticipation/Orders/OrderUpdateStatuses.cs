using Majordome.Dialogs.Commerce;

namespace Majordome.Dialogs.Anticipation.Orders;

/// <summary>The statuses a brand's back office sets and the customer is told about, by the names the back office sends.</summary>
public static class OrderUpdateStatuses
{
    /// <summary>The names accepted, as documented: "prepared", "shipped", "ready-for-pick-up".</summary>
    public static IReadOnlyList<string> Names { get; } = ["prepared", "shipped", "ready-for-pick-up"];

    /// <summary>The status <paramref name="name"/> names (case, dashes, underscores and spaces aside), or null.</summary>
    public static OrderStatus? Parse(string? name) =>
        new string((name ?? string.Empty).Where(char.IsLetter).ToArray()).ToLowerInvariant() switch
        {
            "prepared" => OrderStatus.Prepared,
            "shipped" => OrderStatus.Shipped,
            "readyforpickup" => OrderStatus.ReadyForPickUp,
            _ => null,
        };

    /// <summary>The documented name of a status the customer is told about.</summary>
    public static string NameOf(OrderStatus status) => status switch
    {
        OrderStatus.Prepared => "prepared",
        OrderStatus.Shipped => "shipped",
        OrderStatus.ReadyForPickUp => "ready-for-pick-up",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The customer is told about prepared, shipped and ready-for-pick-up only."),
    };
}
