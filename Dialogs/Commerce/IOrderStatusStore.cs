namespace Majordome.Dialogs.Commerce;

/// <summary>Where the brand's back office moves an order along (prepared, shipped, ready for pick-up); the host implements it on the database.</summary>
public interface IOrderStatusStore
{
    /// <summary>Sets the status of order <paramref name="number"/>, whoever placed it; the order as it is now, or null when there is no such order.</summary>
    Task<Order?> SetStatusAsync(long number, OrderStatus status, CancellationToken cancellationToken = default);
}
