using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>Reads one product of catalog.yaml; capsule and machine fields are read by <see cref="ProductDetailsReader"/>.</summary>
internal static class ProductReader
{
    private static readonly string[] CommonKeys = ["sku", "category", "name", "description", "price", "image", "stock", "similar"];

    private static readonly Dictionary<string, ProductCategory> Categories = new()
    {
        ["capsules"] = ProductCategory.Capsules,
        ["machines"] = ProductCategory.Machines,
        ["accessories"] = ProductCategory.Accessories,
    };

    /// <summary>The product, or null when a problem was reported.</summary>
    public static Product? Read(YamlValue item, IdRegistry skus)
    {
        var map = item.AsMapping();
        if (map is null)
        {
            return null;
        }

        var skuValue = map.Required("sku");
        var sku = skuValue?.AsText();
        if (sku is not null)
        {
            skus.Declare(sku, skuValue!);
        }

        var category = map.Required("category")?.AsChoice("category", Categories);
        map.AllowOnly(AllowedKeys(category), key => ProductDetailsReader.ExplainMisplaced(key, category));
        var name = map.Required("name")?.AsLocalized();
        var description = map.Required("description")?.AsLocalized();
        var price = NotNegative(map.Required("price")?.AsDecimal(), map, "price", string.Empty);
        var image = ReadImage(map.Required("image"));
        var stock = NotNegative(map.Required("stock")?.AsInt(), map, "stock", "; write 0 when the product is sold out");
        var similar = skus.ReadReferences(map.Optional("similar"), sku);
        var capsule = category == ProductCategory.Capsules ? ProductDetailsReader.ReadCapsule(map) : null;
        var machine = category == ProductCategory.Machines ? ProductDetailsReader.ReadMachine(map) : null;

        var detailsMissing = (category == ProductCategory.Capsules && capsule is null) || (category == ProductCategory.Machines && machine is null);
        return sku is null || category is null || name is null || description is null || price is null || image is null
            || stock is null || similar is null || detailsMissing
            ? null
            : new Product(sku, category.Value, name, description, price.Value, image, (int)stock.Value, similar, capsule, machine);
    }

    private static string[] AllowedKeys(ProductCategory? category) => category switch
    {
        ProductCategory.Capsules => [.. CommonKeys, .. ProductDetailsReader.CapsuleKeys],
        ProductCategory.Machines => [.. CommonKeys, .. ProductDetailsReader.MachineKeys],
        ProductCategory.Accessories => CommonKeys,

        // Unknown category: already reported; do not add a problem for each of its fields.
        _ => [.. CommonKeys, .. ProductDetailsReader.CapsuleKeys, .. ProductDetailsReader.MachineKeys],
    };

    private static decimal? NotNegative(decimal? number, YamlMapping product, string key, string advice)
    {
        if (number < 0)
        {
            product.Required(key)!.Report($"the {key} cannot be negative (found {number}){advice}.");
            return null;
        }

        return number;
    }

    private static Uri? ReadImage(YamlValue? value)
    {
        var text = value?.AsText();
        if (text is null)
        {
            return null;
        }

        // Messenger, WhatsApp and Adaptive Cards fetch images themselves and only over https; or the brand's own
        // pictures in brand/images, which the bot serves under /media/ (made absolute with Public:BaseUrl).
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0)
        {
            return uri;
        }

        return IsMediaPath(text)
            ? new Uri(text, UriKind.Relative)
            : value!.Report<Uri>($"the image must be a full https:// address (like https://images.maison-tasse.example/capsules/arpeggio.jpg) or a picture of brand/images as /media/<file> (like /media/capsules/arpeggio.jpg), not \"{text}\".");
    }

    private static bool IsMediaPath(string text) =>
        text.StartsWith(ProductImages.MediaPath + "/", StringComparison.Ordinal)
        && text.Length > ProductImages.MediaPath.Length + 1
        && !text.Contains("..", StringComparison.Ordinal)
        && !text.Contains('\\', StringComparison.Ordinal)
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.');
}
