namespace Majordome.Cards.Orders;

/// <summary>One line of a cart or an order.</summary>
/// <param name="Sku">The product's stock-keeping unit, sent back by the cart's buttons.</param>
/// <param name="Name">The product name, in the customer's language.</param>
/// <param name="Quantity">How many units (at least 1).</param>
/// <param name="UnitPrice">The price of one unit in euros, taxes included.</param>
public sealed record OrderLine(string Sku, string Name, int Quantity, decimal UnitPrice)
{
    /// <summary>Quantity times unit price.</summary>
    public decimal LineTotal => Quantity * UnitPrice;
}
