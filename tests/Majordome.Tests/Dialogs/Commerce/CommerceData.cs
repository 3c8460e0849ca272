using Majordome.Bot.Content;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;

namespace Majordome.Tests.Dialogs.Commerce;

/// <summary>Small products, settings and catalogs for the commerce rules; the shipped catalog is ShippedBrand.</summary>
internal static class CommerceData
{
    /// <summary>The shipped brand.yaml's rules: 4.90 delivery, free from 45, at most 20 per line.</summary>
    public static readonly BrandSettings Settings = new("Maison Tasse", "fr", "EUR", 4.90m, 45m, 20, 60, 8, 30);

    public static Product Capsule(string sku, decimal price = 4.50m, int stock = 100, params string[] similar) =>
        new(sku, ProductCategory.Capsules, new LocalizedText(sku + " fr", sku + " en"), new LocalizedText("d", "d"), price,
            new Uri("https://images.example/" + sku), stock, similar, Capsule: new CapsuleDetails(8, [], [CupSize.Espresso]));

    public static Product Machine(string sku, decimal price = 99m, int stock = 10, params string[] similar) =>
        new(sku, ProductCategory.Machines, new LocalizedText(sku + " fr", sku + " en"), new LocalizedText("d", "d"), price,
            new Uri("https://images.example/" + sku), stock, similar, Machine: new MachineDetails(false, 19, []));

    public static ICatalog Catalog(params Product[] products) => new LoadedCatalog(products);

    public static Cart CartWith(params (string Sku, int Quantity)[] lines)
    {
        var cart = new Cart();
        foreach (var (sku, quantity) in lines)
        {
            cart.Add(sku, quantity);
        }

        return cart;
    }
}
