namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>The brand's stock set (HTTP or the command line): the new level stored, then the customers still waiting told when it is in stock.</summary>
public static class StockRestock
{
    /// <summary>
    /// Sets <paramref name="sku"/> to <paramref name="quantity"/> and schedules the back-in-stock messages; the change
    /// (null for a product the store does not know) and the jobs (none while the product is sold out, when nobody
    /// waits, or no scheduler is configured).
    /// </summary>
    public static async Task<(StockLevelChange? Change, IReadOnlyList<ProactiveJob> Jobs)> ApplyAsync(IStockLevels stock, AnticipationServices? anticipation, string sku, int quantity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stock);
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        if (await stock.SetStockAsync(sku, quantity, cancellationToken).ConfigureAwait(false) is not { } change)
        {
            return (null, []);
        }

        if (anticipation?.WaitingList is not { } waitingList)
        {
            return (change, []);
        }

        var jobs = await new BackInStockScheduling(anticipation.Scheduler, waitingList, anticipation.Time).ScheduleAsync(change, cancellationToken).ConfigureAwait(false);
        return (change, jobs);
    }
}
