namespace Majordome.Cards.Orders;

/// <summary>What the order status card shows.</summary>
/// <param name="OrderNumber">The order number, for example "MT-2025-0042".</param>
/// <param name="Stage">Where the order stands.</param>
/// <param name="UpdatedAt">When the stage last changed, in the customer's time zone.</param>
public sealed record OrderStatusCardData(string OrderNumber, OrderStage Stage, DateTimeOffset UpdatedAt)
{
    /// <summary>The expected delivery or pick-up day, when known.</summary>
    public DateOnly? EstimatedDate { get; init; }

    /// <summary>The carrier's absolute http(s) tracking page, when the parcel has one.</summary>
    public string? TrackingUrl { get; init; }
}
