using System.Text.RegularExpressions;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Reads how many of a product the customer wants: "3", "trois", "3 étuis", "30 capsules", "a dozen sleeves".
/// Pure and thread-safe. It only reads: whether the quantity is allowed is <see cref="QuantityRules"/>' call.
/// </summary>
public static partial class QuantityParser
{
    /// <summary>Reads the quantity in <paramref name="text"/>.</summary>
    /// <param name="text">The customer's answer.</param>
    /// <param name="language">"fr" or "en": how numbers are read ("2,5" is a decimal in French). Unit words of both languages are understood.</param>
    /// <param name="product">The product being ordered: only capsules can be counted one by one.</param>
    /// <returns>
    /// The quantity as said: in <see cref="QuantityUnit.Capsule"/> when a capsule word is used for a capsule product
    /// and no sleeve word is, otherwise in the product's selling unit. Zero and negative counts are returned (the rules
    /// refuse them with a reason). Null when there is no number, several different numbers ("3 ou 4"), or a number
    /// that is not a whole one ("2,5").
    /// </returns>
    public static RequestedQuantity? Parse(string? text, string language, Product product)
    {
        ArgumentNullException.ThrowIfNull(product);

        // "3 étuis de 10 capsules" describes the sleeve: without this, 3 and 10 would be two different numbers.
        var cleaned = text is null ? null : SleeveDescription().Replace(text, " ");
        var words = TextNormalizer.Tokenize(cleaned);
        var count = NumberRecognizer.Recognize(cleaned, language) ?? ImplicitOne(words);
        if (count is not { } value || value != decimal.Truncate(value) || value is > int.MaxValue or < int.MinValue)
        {
            return null;
        }

        var inCapsules = product.Capsule is not null
            && words.Any(QuantityUnitWords.Capsule.Contains)
            && !words.Any(QuantityUnitWords.Sleeve.Contains);
        return new RequestedQuantity((int)value, inCapsules ? QuantityUnit.Capsule : QuantityUnit.SellingUnit);
    }

    /// <summary>
    /// Reads an answer to a question that offered quantities: after "would 20 or 30 capsules suit you?", a bare
    /// "30" means 30 capsules (3 sleeves), not 30 sleeves. A unit said in the answer ("30 étuis") always wins.
    /// </summary>
    /// <param name="text">The customer's answer.</param>
    /// <param name="language">"fr" or "en".</param>
    /// <param name="product">The product being ordered.</param>
    /// <param name="offered">The quantities the question offered, in the unit it offered them; may be empty.</param>
    public static RequestedQuantity? ParseAnswer(string? text, string language, Product product, IReadOnlyList<RequestedQuantity>? offered)
    {
        var said = Parse(text, language, product);
        if (said is not { Unit: QuantityUnit.SellingUnit } || offered is not { Count: > 0 })
        {
            return said;
        }

        var words = TextNormalizer.Tokenize(text);
        var namesAUnit = words.Any(QuantityUnitWords.Sleeve.Contains) || words.Any(QuantityUnitWords.Capsule.Contains);
        return !namesAUnit && offered.FirstOrDefault(o => o.Count == said.Count) is { } match ? match : said;
    }

    // "a sleeve" or "one box": the English number model does not read an article as 1.
    private static decimal? ImplicitOne(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (QuantityUnitWords.One.Contains(words[i - 1])
                && (QuantityUnitWords.Sleeve.Contains(words[i]) || QuantityUnitWords.Capsule.Contains(words[i])))
            {
                return 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:de|d'|of)\s*(?:10|dix|ten)\s+(?:capsules?|caps|dosettes?|pods?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SleeveDescription();
}
