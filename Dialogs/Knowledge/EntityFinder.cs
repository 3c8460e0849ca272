using Majordome.Dialogs.Content;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Knowledge;

/// <summary>
/// Finds the products and boutiques a message names, tolerating case, accents and a typo ("arpegio",
/// "bellecour"), and tells whether a message asks where or when a boutique is open.
/// </summary>
public sealed class EntityFinder
{
    // Words about where and when, not "boutique" itself: "recycler en boutique" is an FAQ question.
    private static readonly HashSet<string> BoutiqueWords =
    [
        "adresse", "ouvert", "ouverts", "ouverte", "ouvertes", "ouvrez", "fermez", "horaire", "horaires", "situe", "situes", "situee",
        "address", "open", "opening", "closed", "closing", "hours", "located", "location",
    ];

    // "où" / "where" only when it asks about the brand's place ("où êtes-vous", "where are your shops"),
    // not "where is my order".
    private static readonly HashSet<string> WhereWords = ["ou", "where"];
    private static readonly HashSet<string> PlaceWords = ["vous", "etes", "boutique", "boutiques", "magasin", "magasins", "you", "your", "shop", "shops", "store", "stores", "boutique"];

    private static readonly HashSet<string> NoWords = [];

    private readonly ICatalog _catalog;
    private readonly IBoutiqueDirectory _boutiques;

    /// <summary>Creates the finder over the brand's content.</summary>
    public EntityFinder(ICatalog catalog, IBoutiqueDirectory boutiques)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(boutiques);
        _catalog = catalog;
        _boutiques = boutiques;
    }

    /// <summary>
    /// The products whose whole name the message contains ("Kit de détartrage" needs both words, so a question
    /// about descaling is not taken for the kit), longest names first.
    /// </summary>
    public IReadOnlyList<Product> FindProducts(string? text, string language)
    {
        var words = TextNormalizer.Tokenize(text);
        if (words.Length == 0)
        {
            return [];
        }

        return _catalog.Products
            .Select(p => (Product: p, Name: TextNormalizer.Tokenize(p.Name.In(language))))
            .Where(x => NameScore(words, x.Name, NoWords) >= 1)
            .OrderByDescending(x => x.Name.Length)
            .Select(x => x.Product)
            .ToList();
    }

    /// <summary>The boutique the message names by its own name or city (the brand's name in every boutique's name does not count), or null.</summary>
    public Boutique? FindBoutique(string? text, string brandName)
    {
        var words = TextNormalizer.Tokenize(text);
        var brandWords = TextNormalizer.Tokenize(brandName).ToHashSet();
        return _boutiques.Boutiques
            .Select(b => (Boutique: b, Score: Math.Max(
                NameScore(words, TextNormalizer.Tokenize(b.Name), brandWords),
                NameScore(words, TextNormalizer.Tokenize(b.Address.City), brandWords))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Boutique)
            .FirstOrDefault();
    }

    /// <summary>True when the message asks where a boutique is or when it opens.</summary>
    public static bool AsksAboutBoutiques(string? text)
    {
        var words = TextNormalizer.Tokenize(text);
        return words.Any(BoutiqueWords.Contains) || (words.Any(WhereWords.Contains) && words.Any(PlaceWords.Contains));
    }

    /// <summary>
    /// The share of a name's distinctive words (three letters or more) found in the message, one typo allowed
    /// in words of five letters or more but never in the first letter (as fuzzy search engines do): "descale" is not a
    /// typo of the Escale capsule. 0 when none is found.
    /// </summary>
    private static double NameScore(string[] message, string[] name, IReadOnlySet<string> ignored)
    {
        var distinctive = name.Where(w => w.Length >= 3 && !ignored.Contains(w)).ToArray();
        if (distinctive.Length == 0)
        {
            return 0;
        }

        var found = distinctive.Count(n => message.Any(m => m == n || (n.Length >= 5 && m.Length >= 4 && m[0] == n[0] && EditDistance.AtMost(m, n, 1))));
        return (double)found / distinctive.Length;
    }
}
