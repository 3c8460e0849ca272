using System.Globalization;
using System.Text.RegularExpressions;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Knowledge;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Finds the entities of a message: dates, times, numbers, email and phone through the shared recognizers
/// (Microsoft.Recognizers.Text underneath), the catalog's products and the boutiques through
/// <see cref="EntityFinder"/> (typos and missing accents tolerated), categories and party sizes from a few
/// words. Thread-safe.
/// </summary>
public sealed partial class EntityExtractor
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

    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8,
        ["neuf"] = 9, ["dix"] = 10, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    private readonly EntityFinder _finder;
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
            Moments: DateTimeRecognizer.Recognize(text, language, _time.GetUtcNow(), timeZone ?? TimeZoneInfo.Utc),
            Number: NumberRecognizer.Recognize(text, language),
            Quantity: products.Count > 0 ? QuantityParser.Parse(text, language, products[0])?.Count : null,
            PartySize: FindPartySize(words),
            Email: EmailRecognizer.Recognize(text),
            Phone: PhoneRecognizer.Recognize(text),
            Products: products,
            Category: FindCategory(words, products),
            Boutique: _finder.FindBoutique(text, _brandName));
    }

    /// <summary>"pour 4", "4 personnes", "table for two", "we are 3"; not "pour 15h" or "2 boîtes".</summary>
    internal static int? FindPartySize(string[] words)
    {
        var text = " " + string.Join(' ', words) + " ";
        var match = PartyBefore().Match(text) is { Success: true } before ? before : PartyAfter().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["n"].Value;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : SmallNumbers.GetValueOrDefault(value) is > 0 and var w ? w : null;
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

    private const string NumberPattern = @"(?<n>\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten)";

    [GeneratedRegex(" " + NumberPattern + @" (?:personnes?|pers|people|persons?|guests?|adultes?|adults?|convives?|couverts?) ", RegexOptions.CultureInvariant)]
    private static partial Regex PartyBefore();

    [GeneratedRegex(@" (?:table (?:pour|de|for)|pour|for|party of|nous sommes|on est|on sera|we are|we re|there are|there will be) " + NumberPattern + @" (?!h |heures? |pm |am |o clock |boites? |boxes |capsules? |etuis? |sleeves? )", RegexOptions.CultureInvariant)]
    private static partial Regex PartyAfter();
}
