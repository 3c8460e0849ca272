using Majordome.Dialogs.Content;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Reads the items a typed message asks for: every product named, by its whole name or a part that identifies it
/// ("a milk frother", "2 étuis de vanille", "the decaf") or by intensity ("le plus intense", "the mildest"), plurals and one typo tolerated, in French or English
/// whatever the conversation's language, each with the quantity said next to it ("3 sleeves of aubade and 2 of
/// velours"). Words that fit several products equally ("a cup pair") give one item with those candidates, so that the
/// customer is asked which. Thread-safe.
/// </summary>
public sealed class ProductMentionReader
{
    private readonly IReadOnlyList<ProductName> _names;
    private readonly IReadOnlyList<Product> _products;
    private readonly HashSet<string> _identifying;

    /// <summary>Creates the reader over the catalog's products.</summary>
    public ProductMentionReader(ICatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _products = catalog.Products;
        _names = catalog.Products
            .SelectMany(p => Localization.Languages.All.Select(l => p.Name.In(l)).Distinct(StringComparer.Ordinal).Select(n => new ProductName(p, ProductWords.Distinctive(n))))
            .Where(n => n.Words.Length > 0)
            .ToList();

        // A word of one product's names only, and not a word for a kind of thing, names that product on its own.
        _identifying = _names
            .SelectMany(n => n.Words.Select(w => (Word: w, n.Product.Sku)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Sku).Distinct(StringComparer.Ordinal).Count() == 1 && !ProductWords.Generic.Contains(g.Key))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The items <paramref name="text"/> asks for, in the order said; empty when it names no product.</summary>
    public IReadOnlyList<ProductMention> Read(string? text, string language)
    {
        var words = QuantitySpans.Words(text);
        if (words.Length == 0)
        {
            return [];
        }

        var found = _names
            .Select(n => Match(words, n))
            .OfType<ProductNameMatch>()
            .GroupBy(m => m.Product.Sku, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(m => m.Score).ThenByDescending(m => m.Positions.Count).First())
            .ToList();

        // "votre café le plus intense": the strongest capsule, unless a name was said there too.
        found.AddRange(IntensitySuperlatives.Find(words, _products).Where(s => !found.Any(m => m.Product.Sku == s.Product.Sku || m.Positions.Overlaps(s.Positions))));

        // "the piccola latte" names the Piccola Latte, not the Piccola too: a match inside a larger one goes.
        found.RemoveAll(m => found.Any(o => o != m && m.Positions.IsProperSubsetOf(o.Positions)));
        var groups = Group(found);
        return QuantitySpans.Assign(words, groups, language);
    }

    private ProductNameMatch? Match(string[] words, ProductName name)
    {
        var found = new List<(int At, string Word)>();
        foreach (var word in name.Words)
        {
            var at = Array.FindIndex(words, w => ProductWords.Matches(w, word));
            if (at >= 0)
            {
                found.Add((at, word));
            }
        }

        // A name is said in one piece: words of it found apart, around other words ("2 lungo et un duo de tasses"),
        // are not one mention of "Duo de tasses lungo"; the largest group of words said together is.
        var together = Together(found, name.Words.Length);
        var positions = new SortedSet<int>(together.Select(f => f.At));
        var matchedWords = together.Select(f => f.Word).ToList();

        var score = (double)matchedWords.Count / name.Words.Length;
        var named = score >= 1 || (matchedWords.Count >= 2 && score >= 0.5) || matchedWords.Any(_identifying.Contains);
        return named ? new ProductNameMatch(name.Product, positions, score) : null;
    }

    /// <summary>
    /// The most found words within a stretch of the message no longer than the name and one more word; of two as
    /// many, the tighter.
    /// </summary>
    private static List<(int At, string Word)> Together(List<(int At, string Word)> found, int nameLength)
    {
        var sorted = found.OrderBy(f => f.At).ToList();
        var best = new List<(int At, string Word)>();
        var run = new List<(int At, string Word)>();
        foreach (var each in sorted)
        {
            run.Add(each);
            while (each.At - run[0].At > nameLength)
            {
                run.RemoveAt(0);
            }

            if (run.Count > best.Count || (run.Count == best.Count && run[^1].At - run[0].At < best[^1].At - best[0].At))
            {
                best = [.. run];
            }
        }

        return best;
    }

    /// <summary>Matches over the same words are one item: the best-scoring product, or all of them when they tie.</summary>
    private static List<ItemMatch> Group(List<ProductNameMatch> found)
    {
        var items = new List<ItemMatch>();
        foreach (var match in found.OrderBy(m => m.Positions.Min))
        {
            var item = items.FirstOrDefault(i => i.Positions.Overlaps(match.Positions));
            if (item is null)
            {
                items.Add(new ItemMatch([match], new SortedSet<int>(match.Positions)));
                continue;
            }

            item.Matches.Add(match);
            item.Positions.UnionWith(match.Positions);
        }

        foreach (var item in items)
        {
            var best = item.Matches.Max(m => m.Score);
            item.Matches.RemoveAll(m => m.Score < best);
        }

        return items;
    }

    private sealed record ProductName(Product Product, string[] Words);
}

