using System.Globalization;
using System.Text.RegularExpressions;
using Majordome.Cards.Orders;
using Majordome.Dialogs.Commerce;

namespace Majordome.Dialogs.Conversations.Information;

/// <summary>
/// Recognizes "where is my order 1042?" / "où en est ma commande n°1042 ?" and maps a stored order to its status
/// card. Without a number the question goes to the FAQ, which explains how to follow an order.
/// </summary>
public static partial class OrderQuestion
{
    /// <summary>The order number the message asks about, or null.</summary>
    public static long? FindNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Pattern().Match(text);
        return match.Success && long.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>The status card's data for an order.</summary>
    public static OrderStatusCardData ToCardData(Order order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        var stage = order.Status switch
        {
            OrderStatus.Prepared => OrderStage.Preparing,
            OrderStatus.Shipped => OrderStage.Shipped,
            OrderStatus.ReadyForPickUp => OrderStage.ReadyForPickUp,
            OrderStatus.Completed => OrderStage.Delivered,
            OrderStatus.Cancelled => OrderStage.Cancelled,
            _ => OrderStage.Received,
        };
        return new OrderStatusCardData(order.Number.ToString(CultureInfo.InvariantCulture), stage, order.PlacedAt > now ? now : order.PlacedAt);
    }

    [GeneratedRegex(@"(?i)\b(?:commande|order|cde)\b[^0-9]{0,20}?(?<number>\d{3,9})\b")]
    private static partial Regex Pattern();
}
