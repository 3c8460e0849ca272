using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>
/// When a product comes back: one message per waiting customer, due now, at the address of the turn where they asked;
/// their wait is then over. Its once-key names the customer, the product and the restock, so a restock replayed (a
/// retried request, a crash between scheduling and marking) tells nobody twice.
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

    /// <summary>The once-key of the message telling <paramref name="customerKey"/> that <paramref name="change"/> brought their product back.</summary>
    public static string OnceKeyOf(string customerKey, StockLevelChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"back-in-stock:{customerKey}:{change.Sku}:{change.At.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
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

    /// <summary>The jobs telling every customer waiting for the product of <paramref name="change"/>; none unless it came back from zero.</summary>
    public async Task<IReadOnlyList<ProactiveJob>> ScheduleAsync(StockLevelChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!change.IsBackInStock)
        {
            return [];
        }

        var jobs = new List<ProactiveJob>();
        var payload = new JObject { ["sku"] = change.Sku }.ToString(Newtonsoft.Json.Formatting.None);
        foreach (var waiter in await _waitingList.ListWaitingAsync(change.Sku, cancellationToken).ConfigureAwait(false))
        {
            var request = new ProactiveJobRequest(ProactiveKinds.BackInStock, waiter.To, _time.GetUtcNow(), payload, OnceKeyOf(waiter.To.CustomerKey, change));
            jobs.Add(await _scheduler.ScheduleAsync(request, cancellationToken).ConfigureAwait(false));

            // Marked after scheduling: a crash in between leaves the customer waiting, and the replay finds the job by its once-key.
            await _waitingList.MarkNotifiedAsync(waiter.To.CustomerKey, change.Sku, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return jobs;
    }
}
