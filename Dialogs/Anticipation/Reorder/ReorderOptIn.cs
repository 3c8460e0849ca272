using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Conversations;

namespace Majordome.Dialogs.Anticipation.Reorder;

/// <summary>
/// The reorder reminders' opt-in: asked once, after the customer's first capsule order, and only to a customer who
/// has not already agreed. Its exact wording is stored with the consent.
/// </summary>
public static class ReorderOptIn
{
    /// <summary>The localized question (strings "reorder.optIn").</summary>
    public const string QuestionKey = "reorder.optIn";

    /// <summary>True when <paramref name="order"/>, just placed, is the customer's first purchase of capsules and they have not agreed yet.</summary>
    public static async Task<bool> ShouldAskAsync(AnticipationServices anticipation, ConversationServices services, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anticipation);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(order);
        if (CapsulePurchase.CapsulesIn(order, services.Catalog) == 0)
        {
            return false;
        }

        var orders = await services.Orders.ListOrdersAsync(order.CustomerKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        var capsuleOrders = orders.Count(o => o.Status != OrderStatus.Cancelled && CapsulePurchase.CapsulesIn(o, services.Catalog) > 0);
        return capsuleOrders == 1
            && !await anticipation.Consents.AllowsAsync(order.CustomerKey, ProactiveCategory.Marketing, cancellationToken).ConfigureAwait(false);
    }
}
