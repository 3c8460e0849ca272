namespace Majordome.Dialogs.Content;

/// <summary>What the conversations need to know about the products on sale.</summary>
public interface ICatalog
{
    /// <summary>Every product, in the order the marketer listed them.</summary>
    IReadOnlyList<Product> Products { get; }

    /// <summary>The product with this sku (case-insensitive), or null.</summary>
    Product? FindBySku(string sku);

    /// <summary>The products on one shelf, in catalog order.</summary>
    IReadOnlyList<Product> InCategory(ProductCategory category);
}
