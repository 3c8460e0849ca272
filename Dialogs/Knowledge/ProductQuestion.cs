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
        "which", "what", "recommend", "suggest", "best", "for", "have", "any", "show", "quoi", "votre", "vos", "your", "plus", "most",
    ];

    private static readonly HashSet<string> Milk = ["lait", "milk", "cappuccino", "latte", "mousse", "mousseur", "frother"];
    private static readonly HashSet<string> Strong = ["intense", "intenses", "fort", "forts", "forte", "corse", "corses", "strong", "bold", "puissant", "strongest", "boldest"];
    private static readonly HashSet<string> Mild = ["doux", "douce", "leger", "legers", "legere", "mild", "light", "smooth", "delicat", "mildest", "lightest", "smoothest"];
    private static readonly HashSet<string> Decaf = ["decafeine", "decafeines", "decafeinee", "decafeinees", "deca", "decaf", "decaffeinated", "decafe"];
    private static readonly HashSet<string> Cheap = ["cheapest", "cheap", "affordable", "inexpensive", "abordable", "economique"];

    // "le plus fort", "the strongest", "le moins cher": one best answer rather than a list.
    private static readonly HashSet<string> Superlatives = ["plus", "moins", "most", "least", "strongest", "boldest", "mildest", "lightest", "smoothest", "cheapest"];

    /// <summary>How many products a superlative question shows: the best one and the next two to compare.</summary>
    private const int SuperlativeCount = 3;

    /// <summary>The in-stock products that answer the question, best first; empty when it is not such a question.</summary>
    public static IReadOnlyList<Product> Find(string? text, ICatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var words = TextNormalizer.Tokenize(text);
        // Only coffee is decaffeinated: "do you have decaf?" asks about capsules without naming them.
        var category = words.Select(w => CategoryWords.TryGetValue(w, out var c) ? c : (ProductCategory?)null).FirstOrDefault(c => c is not null)
            ?? (words.Any(Decaf.Contains) ? ProductCategory.Capsules : null);
        var cheap = words.Any(Cheap.Contains) || HasPhrase(words, "moins", "cher", "chere", "chers", "cheres") || HasPhrase(words, "pas", "cher", "chere")
            || HasPhrase(words, "least", "expensive") || HasPhrase(words, "bon", "marche");
        var wishes = new[] { Milk, Strong, Mild, Decaf };
        if (category is null || !words.Any(Recommend.Contains) || !(cheap || wishes.Any(w => words.Any(w.Contains))))
        {
            return [];
        }

        var superlative = words.Any(Superlatives.Contains);

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

        if (cheap)
        {
            products = products.OrderBy(p => p.Price);
        }

        return products.Take(superlative || cheap ? SuperlativeCount : 10).ToList();
    }

    // "moins cher": the first word followed by one of the others.
    private static bool HasPhrase(string[] words, string first, params string[] then)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] == first && then.Contains(words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
