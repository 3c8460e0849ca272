namespace Majordome.Dialogs.Content;

/// <summary>One product of the catalog, as the marketer wrote it in brand/catalog.yaml.</summary>
/// <param name="Sku">The stable identifier orders and carts refer to; never shown to customers.</param>
/// <param name="Category">The shelf it belongs to.</param>
/// <param name="Name">The product's name.</param>
/// <param name="Description">A sentence or two for the product card.</param>
/// <param name="Price">The price in euros, VAT included; for capsules the price of one sleeve.</param>
/// <param name="ImageUrl">The https address of the product picture.</param>
/// <param name="Stock">Units (sleeves for capsules) available to order.</param>
/// <param name="Similar">The skus to suggest instead, for example when this one is out of stock.</param>
/// <param name="Capsule">Set for capsules only.</param>
/// <param name="Machine">Set for machines only.</param>
public sealed record Product(
    string Sku,
    ProductCategory Category,
    LocalizedText Name,
    LocalizedText Description,
    decimal Price,
    Uri ImageUrl,
    int Stock,
    IReadOnlyList<string> Similar,
    CapsuleDetails? Capsule = null,
    MachineDetails? Machine = null)
{
    /// <summary>Whether at least one unit can be ordered.</summary>
    public bool InStock => Stock > 0;
}
