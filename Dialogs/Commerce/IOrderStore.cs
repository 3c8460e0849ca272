namespace Majordome.Dialogs.Commerce;

/// <summary>Orders and stock, as the conversations need them; the host implements it on a database.</summary>
public interface IOrderStore
{
    /// <summary>
    /// Saves the order with its prices frozen and decrements the stock of every line in one transaction:
    /// either everything happens or nothing does. When the request's <see cref="OrderRequest.OperationId"/> has already
    /// placed an order, returns <see cref="PlaceOrderResult.AlreadyPlaced"/> with it and takes no stock.
    /// </summary>
    Task<PlaceOrderResult> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>The order with this number if <paramref name="customerKey"/> placed it; null otherwise, so nobody sees another customer's order.</summary>
    Task<Order?> FindOrderAsync(long number, string customerKey, CancellationToken cancellationToken = default);

    /// <summary>The customer's orders, most recent first.</summary>
    Task<IReadOnlyList<Order>> ListOrdersAsync(string customerKey, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>Units left of each product (missing products have none).</summary>
    Task<int> GetStockAsync(string sku, CancellationToken cancellationToken = default);
}
