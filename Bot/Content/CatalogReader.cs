using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>Reads catalog.yaml: the list of products, with unique skus and "similar" links that resolve.</summary>
internal static class CatalogReader
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "catalog.yaml";

    /// <summary>The products, or null when a problem was reported.</summary>
    public static IReadOnlyList<Product>? Read(YamlValue root)
    {
        var top = root.AsMapping();
        if (top is null)
        {
            return null;
        }

        top.AllowOnly(["products"]);
        var list = top.Required("products");
        var items = list?.AsList();
        if (list is null || items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            return list.Report<IReadOnlyList<Product>>("the catalog has no products: the bot would have nothing to sell.");
        }

        var skus = new IdRegistry("sku");
        var products = items.Select(item => ProductReader.Read(item, skus)).ToList();
        skus.CheckReferences();
        return products.Any(p => p is null) ? null : [.. products.Select(p => p!)];
    }
}
