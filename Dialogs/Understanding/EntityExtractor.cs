using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Knowledge;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Finds the entities of a message: dates, times, numbers, email and phone through the shared recognizers
/// (Microsoft.Recognizers.Text underneath), the catalog's products and the boutiques through
/// <see cref="EntityFinder"/> (typos and missing accents tolerated), categories from a few words, party sizes
/// through <see cref="PartySizeReader"/>. Thread-safe.
/// </summary>
public sealed class EntityExtractor
{
    private static readonly Dictionary<string, ProductCategory> CategoryWords = new(StringComparer.Ordinal)
    {
        ["capsule"] = ProductCategory.Capsules, ["capsules"] = ProductCategory.Capsules, ["dosette"] = ProductCategory.Capsules,
        ["dosettes"] = ProductCategory.Capsules, ["pod"] = ProductCategory.Capsules, ["pods"] = ProductCategory.Capsules,
        ["machine"] = ProductCategory.Machines, ["machines"] = ProductCategory.Machines, ["cafetiere"] = ProductCategory.Machines,
        ["cafetieres"] = ProductCategory.Machines, ["maker"] = ProductCategory.Machines,
        ["accessoire"] = ProductCategory.Accessories, ["accessoires"] = ProductCategory.Accessories, ["accessory"] = ProductCategory.Accessories,
        ["accessories"] = ProductCategory.Accessories, ["tasse"] = ProductCategory.Accessories, ["tasses"] = ProductCategory.Accessories,
        ["mug"] = ProductCategory.Accessories, ["mugs"] = ProductCategory.Accessories, ["cups"] = ProductCategory.Accessories,
    };

    private readonly EntityFinder _finder;
    private readonly ProductMentionReader _items;
    private readonly ICatalog _catalog;
    private readonly TimeProvider _time;
    private readonly string _brandName;

    /// <summary>Creates the extractor over the brand's content.</summary>
    public EntityExtractor(ICatalog catalog, IBoutiqueDirectory boutiques, TimeProvider time, string brandName)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(boutiques);
        ArgumentNullException.ThrowIfNull(time);
        _finder = new EntityFinder(catalog, boutiques);
        _items = new ProductMentionReader(catalog);
        _catalog = catalog;
        _time = time;
        _brandName = brandName ?? string.Empty;
    }

    /// <summary>The entities of <paramref name="text"/>, read as <paramref name="language"/> ("fr" or "en").</summary>
    public UnderstoodEntities Extract(string? text, string language, TimeZoneInfo? timeZone = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return UnderstoodEntities.Empty;
        }

        // Product names differ between languages ("Brise Matinale" / "Morning Breeze"): look for both.
        var products = _finder.FindProducts(text, language)
            .Concat(_finder.FindProducts(text, language == Localization.Languages.French ? Localization.Languages.English : Localization.Languages.French))
            .DistinctBy(p => p.Sku)
            .ToList();
        var words = TextNormalizer.Tokenize(text);
        return new UnderstoodEntities(
            // "on vient à 2" is a party, "à 20 euros" a price: neither is a time.
            Moments: DateTimeRecognizer.Recognize(MomentTextCleaner.Clean(text), language, _time.GetUtcNow(), timeZone ?? TimeZoneInfo.Utc),
            Number: NumberRecognizer.Recognize(text, language),
            Quantity: products.Count > 0 ? QuantityParser.Parse(text, language, products[0])?.Count : null,
            PartySize: PartySizeReader.Read(text),
            Email: EmailRecognizer.Recognize(text),
            Phone: PhoneRecognizer.Recognize(text),
            Products: products,
            Category: FindCategory(words, products),
            Boutique: _finder.FindBoutique(text, _brandName),
            Items: _items.Read(text, language));
    }

    private ProductCategory? FindCategory(string[] words, IReadOnlyList<Product> products)
    {
        foreach (var word in words)
        {
            if (CategoryWords.TryGetValue(word, out var category))
            {
                return category;
            }
        }

        // A product named is a category named too: "2 boîtes d'arpegio" browses capsules.
        return products.Count > 0 ? products[0].Category : null;
    }
}
