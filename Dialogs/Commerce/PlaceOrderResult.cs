namespace Majordome.Dialogs.Commerce;

/// <summary>What happened to an order at checkout.</summary>
public abstract record PlaceOrderResult
{
    /// <summary>The order was saved and the stock decremented.</summary>
    /// <param name="Order">The saved order.</param>
    public sealed record Placed(Order Order) : PlaceOrderResult;

    /// <summary>
    /// Nothing new was saved and no stock taken: this request's <see cref="OrderRequest.OperationId"/> already placed
    /// an order (the confirmation was sent again after a crash).
    /// </summary>
    /// <param name="Order">The order that operation placed.</param>
    public sealed record AlreadyPlaced(Order Order) : PlaceOrderResult;

    /// <summary>Nothing was saved: a product no longer has enough stock.</summary>
    /// <param name="Sku">The product short of stock.</param>
    /// <param name="Available">How many units are left.</param>
    public sealed record OutOfStock(string Sku, int Available) : PlaceOrderResult;
}
