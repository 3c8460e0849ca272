using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Capsules named by their place on the intensity scale: "votre café le plus intense", "le plus fort", "your
/// strongest", "the mildest one", "le moins corsé". The catalogue gives every capsule its intensity, so the words name
/// one product as surely as its name does. Pure and thread-safe.
/// </summary>
internal static class IntensitySuperlatives
{
    // Normalized (see TextNormalizer): no accents, lower case.
    private static readonly HashSet<string> Strong = new(StringComparer.Ordinal)
    {
        "intense", "intenses", "fort", "forte", "forts", "corse", "corses", "puissant", "puissante", "serre", "robuste",
        "strong", "powerful", "robust", "bold", "intensive",
    };

    private static readonly HashSet<string> Mild = new(StringComparer.Ordinal)
    {
        "doux", "douce", "leger", "legere", "delicat", "delicate", "subtil", "mild", "gentle", "light", "smooth",
    };

    private static readonly Dictionary<string, bool> OneWord = new(StringComparer.Ordinal)
    {
        ["strongest"] = true, ["boldest"] = true, ["mildest"] = false, ["lightest"] = false, ["smoothest"] = false,
        ["gentlest"] = false,
    };

    /// <summary>
    /// Where <paramref name="words"/> name the strongest or the mildest capsule, with that capsule (the first of the
    /// catalogue's order when two share the intensity); empty when they do not or the catalogue has no capsules.
    /// </summary>
    internal static IEnumerable<ProductNameMatch> Find(string[] words, IReadOnlyList<Product> products)
    {
        var capsules = products.Where(p => p.Capsule is not null).ToList();
        if (capsules.Count == 0)
        {
            yield break;
        }

        for (var i = 0; i < words.Length; i++)
        {
            bool? strongest = OneWord.TryGetValue(words[i], out var one) ? one : null;
            var length = 1;
            // "le plus fort", not the comparative "un café plus fort que le Lungo".
            var superlative = words[i] is "most" or "least" || (words[i] is "plus" or "moins" && i > 0 && words[i - 1] is "le" or "la" or "les" or "du" or "des");
            if (strongest is null && i + 1 < words.Length && superlative)
            {
                var less = words[i] is "moins" or "least";
                strongest = Strong.Contains(words[i + 1]) ? !less : Mild.Contains(words[i + 1]) ? less : null;
                length = 2;
            }

            if (strongest is not { } wantsStrongest)
            {
                continue;
            }

            var product = wantsStrongest
                ? capsules.MaxBy(p => p.Capsule!.Intensity)!
                : capsules.MinBy(p => p.Capsule!.Intensity)!;
            yield return new ProductNameMatch(product, new SortedSet<int>(Enumerable.Range(i, length)), 1);
        }
    }
}
