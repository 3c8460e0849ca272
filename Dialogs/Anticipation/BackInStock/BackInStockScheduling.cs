using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>
/// When a product is in stock: one message per customer still waiting for it, due now, at the address of the turn
/// where they asked; their wait is then over. The waiting list is the truth, not the change: a restock whose messages
/// were never scheduled (a crash after the stock was stored) is caught up by the next stock set, even one that finds
/// the product already in stock. Its once-key names the customer, the product and when they asked, so a restock
/// replayed (a retried request, a crash between scheduling and marking) tells nobody twice, and a customer who asks
/// again after being told is told at the next restock.
/// </summary>
public sealed class BackInStockScheduling
{
    private readonly IProactiveScheduler _scheduler;
    private readonly IStockWaitingList _waitingList;
    private readonly TimeProvider _time;

    /// <summary>Creates the scheduling.</summary>
    public BackInStockScheduling(IProactiveScheduler scheduler, IStockWaitingList waitingList, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(waitingList);
        ArgumentNullException.ThrowIfNull(time);
        _scheduler = scheduler;
        _waitingList = waitingList;
        _time = time;
    }

    /// <summary>The once-key of the message telling <paramref name="waiter"/> that their product is back.</summary>
    public static string OnceKeyOf(StockWaiter waiter)
    {
        ArgumentNullException.ThrowIfNull(waiter);
        return $"back-in-stock:{waiter.To.CustomerKey}:{waiter.Sku}:{waiter.AskedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The SKU a back-in-stock job's payload names, or null.</summary>
    public static string? SkuOf(ProactiveJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            return JObject.Parse(job.Request.PayloadJson).Value<string>("sku");
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The jobs telling every customer still waiting for the product of <paramref name="change"/>; none while it is sold out.</summary>
    public async Task<IReadOnlyList<ProactiveJob>> ScheduleAsync(StockLevelChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Current <= 0)
        {
            return [];
        }

        var jobs = new List<ProactiveJob>();
        var payload = new JObject { ["sku"] = change.Sku }.ToString(Newtonsoft.Json.Formatting.None);
        foreach (var waiter in await _waitingList.ListWaitingAsync(change.Sku, cancellationToken).ConfigureAwait(false))
        {
            var request = new ProactiveJobRequest(ProactiveKinds.BackInStock, waiter.To, _time.GetUtcNow(), payload, OnceKeyOf(waiter));
            jobs.Add(await _scheduler.ScheduleAsync(request, cancellationToken).ConfigureAwait(false));

            // Marked after scheduling: a crash in between leaves the customer waiting, and the replay finds the job by its once-key.
            await _waitingList.MarkNotifiedAsync(waiter.To.CustomerKey, change.Sku, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return jobs;
    }
}
