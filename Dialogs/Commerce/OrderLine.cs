namespace Majordome.Dialogs.Commerce;

/// <summary>One line of an order, its price frozen when the order is placed.</summary>
/// <param name="Sku">The product's stable id.</param>
/// <param name="Name">The product's name as shown to the customer when ordering.</param>
/// <param name="UnitPrice">The price of one unit (a sleeve of capsules, a machine) in euros.</param>
/// <param name="Quantity">How many units.</param>
public sealed record OrderLine(string Sku, string Name, decimal UnitPrice, int Quantity)
{
    /// <summary>The line's total in euros.</summary>
    public decimal Total => UnitPrice * Quantity;
}
