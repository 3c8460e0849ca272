namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>
/// Who waits for which sold-out product: one entry per customer and product. An entry is the customer's consent to
/// one message about that product (its wording and time), used up when the restock schedules it.
/// </summary>
public interface IStockWaitingList
{
    /// <summary>
    /// Puts <paramref name="waiter"/> on the list; false when they already wait for that product (nothing changes). A
    /// customer told before waits again, with their new words.
    /// </summary>
    Task<bool> AddAsync(StockWaiter waiter, CancellationToken cancellationToken = default);

    /// <summary>The customers still waiting for <paramref name="sku"/> (not told yet), first asked first.</summary>
    Task<IReadOnlyList<StockWaiter>> ListWaitingAsync(string sku, CancellationToken cancellationToken = default);

    /// <summary>Marks the customer's wait for <paramref name="sku"/> as over: their message is scheduled.</summary>
    Task MarkNotifiedAsync(string customerKey, string sku, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The customer's entry for <paramref name="sku"/>, told or not, or null (never asked, or erased).</summary>
    Task<StockWaiter?> FindAsync(string customerKey, string sku, CancellationToken cancellationToken = default);
}
