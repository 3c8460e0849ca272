using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>One cart line with the catalog's current price.</summary>
/// <param name="Sku">The product's sku.</param>
/// <param name="Name">The product's name in both languages.</param>
/// <param name="UnitPrice">The price of one selling unit (a sleeve, a machine) in euros, VAT included.</param>
/// <param name="Quantity">How many selling units.</param>
public sealed record PricedCartLine(string Sku, LocalizedText Name, decimal UnitPrice, int Quantity)
{
    /// <summary>The line's total in euros.</summary>
    public decimal Total => UnitPrice * Quantity;
}
