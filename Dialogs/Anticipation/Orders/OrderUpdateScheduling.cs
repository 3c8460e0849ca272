using Majordome.Dialogs.Commerce;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Orders;

/// <summary>Schedules the message telling a customer their order's new status, due now, at the address of the turn that placed it.</summary>
public sealed class OrderUpdateScheduling
{
    private readonly AnticipationServices _anticipation;

    /// <summary>Creates the scheduling.</summary>
    public OrderUpdateScheduling(AnticipationServices anticipation)
    {
        ArgumentNullException.ThrowIfNull(anticipation);
        _anticipation = anticipation;
    }

    /// <summary>
    /// The job telling the customer of <paramref name="order"/> (its status just set), or null when no address was kept
    /// for it. Setting the same status again schedules nothing new (its once-key).
    /// </summary>
    public async Task<ProactiveJob?> ScheduleAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var name = OrderUpdateStatuses.NameOf(order.Status);
        if (_anticipation.OrderAddresses is null || await _anticipation.OrderAddresses.FindAsync(order.Number, cancellationToken).ConfigureAwait(false) is not { } address)
        {
            return null;
        }

        var number = order.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var payload = new JObject { ["orderNumber"] = order.Number, ["status"] = name }.ToString(Newtonsoft.Json.Formatting.None);
        var request = new ProactiveJobRequest(ProactiveKinds.OrderUpdate, address, _anticipation.Time.GetUtcNow(), payload, $"order-update:{number}:{name}");
        return await _anticipation.Scheduler.ScheduleAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
