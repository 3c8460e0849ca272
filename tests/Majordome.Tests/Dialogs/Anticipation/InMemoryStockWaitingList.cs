using Majordome.Dialogs.Anticipation.BackInStock;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>The waiting list in memory, with the SQL list's rules (one entry per customer and product; a told entry armed again by a new request), for conversation tests.</summary>
public sealed class InMemoryStockWaitingList : IStockWaitingList
{
    private readonly Dictionary<(string Customer, string Sku), (StockWaiter Waiter, DateTimeOffset? Notified)> _rows = [];

    public IReadOnlyList<StockWaiter> All
    {
        get
        {
            lock (_rows)
            {
                return [.. _rows.Values.Select(r => r.Waiter)];
            }
        }
    }

    public Task<bool> AddAsync(StockWaiter waiter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(waiter);
        lock (_rows)
        {
            var key = (waiter.To.CustomerKey, waiter.Sku);
            if (_rows.TryGetValue(key, out var row) && row.Notified is null)
            {
                return Task.FromResult(false);
            }

            _rows[key] = (waiter, null);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<StockWaiter>> ListWaitingAsync(string sku, CancellationToken cancellationToken = default)
    {
        lock (_rows)
        {
            return Task.FromResult<IReadOnlyList<StockWaiter>>([.. _rows.Values.Where(r => r.Waiter.Sku == sku && r.Notified is null).Select(r => r.Waiter).OrderBy(w => w.AskedAt)]);
        }
    }

    public Task MarkNotifiedAsync(string customerKey, string sku, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_rows)
        {
            if (_rows.TryGetValue((customerKey, sku), out var row) && row.Notified is null)
            {
                _rows[(customerKey, sku)] = (row.Waiter, at);
            }
        }

        return Task.CompletedTask;
    }

    public Task<StockWaiter?> FindAsync(string customerKey, string sku, CancellationToken cancellationToken = default)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.TryGetValue((customerKey, sku), out var row) ? row.Waiter : null);
        }
    }
}
