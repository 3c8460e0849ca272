using Majordome.Dialogs.Content;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Knowledge;

/// <summary>
/// Answers "which product for...?" questions from the catalog's own data: a category named ("quelle machine",
/// "which capsules") narrowed by what the customer wants (milk, strong, mild, decaf). Returns nothing unless the
/// question names both a category and such a wish, so "quel délai pour les capsules ?" still goes to the FAQ.
/// </summary>
public static class ProductQuestion
{
    private static readonly Dictionary<string, ProductCategory> CategoryWords = new(StringComparer.Ordinal)
    {
        ["machine"] = ProductCategory.Machines, ["machines"] = ProductCategory.Machines, ["cafetiere"] = ProductCategory.Machines,
        ["capsule"] = ProductCategory.Capsules, ["capsules"] = ProductCategory.Capsules, ["cafe"] = ProductCategory.Capsules, ["cafes"] = ProductCategory.Capsules,
        ["coffee"] = ProductCategory.Capsules, ["coffees"] = ProductCategory.Capsules,
        ["accessoire"] = ProductCategory.Accessories, ["accessoires"] = ProductCategory.Accessories, ["accessory"] = ProductCategory.Accessories, ["accessories"] = ProductCategory.Accessories,
    };

    private static readonly HashSet<string> Recommend =
    [
        "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "conseil", "conseillez", "recommandez", "recommande", "pour", "avez", "proposez",
        "which", "what", "recommend", "suggest", "best", "for", "have", "any", "show",
    ];

    private static readonly HashSet<string> Milk = ["lait", "milk", "cappuccino", "latte", "mousse", "mousseur", "frother"];
    private static readonly HashSet<string> Strong = ["intense", "intenses", "fort", "forts", "corse", "corses", "strong", "bold", "puissant"];
    private static readonly HashSet<string> Mild = ["doux", "leger", "legers", "mild", "light", "smooth", "delicat"];
    private static readonly HashSet<string> Decaf = ["decafeine", "decafeines", "deca", "decaf", "decaffeinated"];

    /// <summary>The in-stock products that answer the question, best first; empty when it is not such a question.</summary>
    public static IReadOnlyList<Product> Find(string? text, ICatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var words = TextNormalizer.Tokenize(text);
        var category = words.Select(w => CategoryWords.TryGetValue(w, out var c) ? c : (ProductCategory?)null).FirstOrDefault(c => c is not null);
        var wishes = new[] { Milk, Strong, Mild, Decaf };
        if (category is null || !words.Any(Recommend.Contains) || !wishes.Any(w => words.Any(w.Contains)))
        {
            return [];
        }

        IEnumerable<Product> products = catalog.InCategory(category.Value).Where(p => p.InStock);
        if (words.Any(Milk.Contains))
        {
            products = category == ProductCategory.Machines ? products.Where(p => p.Machine?.MilkSystem == true) : products;
        }

        if (words.Any(Strong.Contains))
        {
            products = products.Where(p => p.Capsule?.Intensity >= 9).OrderByDescending(p => p.Capsule!.Intensity);
        }
        else if (words.Any(Mild.Contains))
        {
            products = products.Where(p => p.Capsule?.Intensity <= 5).OrderBy(p => p.Capsule!.Intensity);
        }

        if (words.Any(Decaf.Contains))
        {
            products = products.Where(p => Decaf.Any(d => TextNormalizer.Tokenize(p.Name.Fr + " " + p.Name.En).Contains(d)));
        }

        return products.Take(10).ToList();
    }
}
