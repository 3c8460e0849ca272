using System.Globalization;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Reorder;

/// <summary>
/// Schedules the reorder reminder when a customer orders capsules: one per order (its once-key), due a little before
/// the capsules are estimated to run out; the reminder of an earlier order is cancelled, since this order re-estimates.
/// </summary>
public sealed class ReorderScheduling
{
    /// <summary>Why a pending reminder is cancelled when a new order is placed.</summary>
    public const string ReplacedReason = "replaced-by-new-order";

    private readonly AnticipationServices _anticipation;
    private readonly IOrderStore _orders;
    private readonly ICatalog _catalog;
    private readonly BrandSettings _settings;

    /// <summary>Creates the scheduling.</summary>
    public ReorderScheduling(AnticipationServices anticipation, IOrderStore orders, ICatalog catalog, BrandSettings settings)
    {
        ArgumentNullException.ThrowIfNull(anticipation);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);
        _anticipation = anticipation;
        _orders = orders;
        _catalog = catalog;
        _settings = settings;
    }

    /// <summary>The once-key of the reminder that follows <paramref name="order"/>.</summary>
    public static string OnceKeyOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return $"reorder:{order.CustomerKey}:order-{order.Number.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The order number a reorder job's payload names, or null.</summary>
    public static long? OrderNumberOf(ProactiveJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            return JObject.Parse(job.Request.PayloadJson).Value<long?>("orderNumber");
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Schedules the reminder that follows <paramref name="order"/>, placed in this turn; null when the customer bought no
    /// capsules. Running it again for the same order (a retried confirmation) changes nothing.
    /// </summary>
    public async Task<ProactiveJob?> ScheduleAsync(ITurnContext turnContext, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(order);
        var onceKey = OnceKeyOf(order);
        var existing = await _anticipation.Scheduler.ListForCustomerAsync(order.CustomerKey, cancellationToken).ConfigureAwait(false);
        if (existing.FirstOrDefault(j => j.Request.OnceKey == onceKey) is { } already)
        {
            return already;
        }

        var purchases = CapsulePurchase.Of(await _orders.ListOrdersAsync(order.CustomerKey, cancellationToken: cancellationToken).ConfigureAwait(false), _catalog);
        if (CapsulePurchase.CapsulesIn(order, _catalog) == 0 || ReorderEstimate.RunsOutAt(purchases, _settings.ReorderCupsPerDay) is not { } runsOut)
        {
            return null;
        }

        // This order re-estimates when the capsules run out: the earlier order's reminder would come too early.
        await _anticipation.Scheduler.CancelPendingAsync(order.CustomerKey, ProactiveKinds.Reorder, ReplacedReason, cancellationToken).ConfigureAwait(false);
        var options = _anticipation.Options;
        var due = runsOut - options.ReorderLeadTime;
        var earliest = order.PlacedAt + options.ReorderMinimumDelay;
        var address = TurnAddress.Of(turnContext, order.CustomerKey);
        var payload = new JObject { ["orderNumber"] = order.Number }.ToString(Newtonsoft.Json.Formatting.None);
        var request = new ProactiveJobRequest(ProactiveKinds.Reorder, address, (due < earliest ? earliest : due).ToUniversalTime(), payload, onceKey);
        return await _anticipation.Scheduler.ScheduleAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
