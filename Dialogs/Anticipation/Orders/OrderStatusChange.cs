using Majordome.Dialogs.Commerce;

namespace Majordome.Dialogs.Anticipation.Orders;

/// <summary>An order moved along by the back office (HTTP or the command line): its status set, then its customer told where the assistant may write first.</summary>
public static class OrderStatusChange
{
    /// <summary>
    /// Sets order <paramref name="number"/> to <paramref name="status"/> and schedules the customer's update; the order
    /// (null when unknown) and the job (null when nobody could be told: no scheduler configured, no address kept).
    /// </summary>
    public static async Task<(Order? Order, ProactiveJob? Job)> ApplyAsync(IOrderStatusStore statuses, AnticipationServices? anticipation, long number, OrderStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (await statuses.SetStatusAsync(number, status, cancellationToken).ConfigureAwait(false) is not { } order)
        {
            return (null, null);
        }

        var job = anticipation is null ? null : await new OrderUpdateScheduling(anticipation).ScheduleAsync(order, cancellationToken).ConfigureAwait(false);
        return (order, job);
    }
}
