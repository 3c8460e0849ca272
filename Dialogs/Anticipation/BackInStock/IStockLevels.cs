namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>The live stock the brand sets when goods arrive (the back office or the command line).</summary>
public interface IStockLevels
{
    /// <summary>Sets the stock of <paramref name="sku"/> to <paramref name="quantity"/>; what it was and is now, or null for a product the store does not know.</summary>
    Task<StockLevelChange?> SetStockAsync(string sku, int quantity, CancellationToken cancellationToken = default);
}

/// <summary>A product's stock set by the brand.</summary>
/// <param name="Sku">The product.</param>
/// <param name="Previous">Its stock before.</param>
/// <param name="Current">Its stock now.</param>
/// <param name="At">When it was set: names the restock in the once-keys of its messages.</param>
public sealed record StockLevelChange(string Sku, int Previous, int Current, DateTimeOffset At)
{
    /// <summary>True when the product was sold out and now is not: the waiting customers are told.</summary>
    public bool IsBackInStock => Previous <= 0 && Current > 0;
}
