using System.Text.RegularExpressions;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Gives each item of a message the quantity said next to it: the words before it back to the previous item
/// ("3 sleeves of aubade and 2 of velours"), else the words after it up to the next "and" ("aubade x3, velours x2",
/// "granit 5 étuis"); "a"/"an" just before a product is one; "2 of each" / "2 de chaque" gives every item without
/// its own quantity. Pure and thread-safe.
/// </summary>
internal static partial class QuantitySpans
{
    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "et", "and", "plus", "puis", "then", "avec", "with" };
    private static readonly HashSet<string> EachWords = new(StringComparer.Ordinal) { "chaque", "each", "chacun", "chacune" };
    private static readonly HashSet<string> EnglishOne = new(StringComparer.Ordinal) { "a", "an" };

    /// <summary>The message's words in matching form, "x2" / "2x" split so that the number stands alone.</summary>
    internal static string[] Words(string? text) =>
        TextNormalizer.Tokenize(text)
            .SelectMany(w => Times().Match(w) is { Success: true } m ? [m.Groups["n"].Value] : w == "x" ? Array.Empty<string>() : [w])
            .ToArray();

    /// <summary>The items with their quantities, in the order said.</summary>
    internal static IReadOnlyList<ProductMention> Assign(string[] words, IReadOnlyList<ItemMatch> items, string language)
    {
        var mentions = new List<ProductMention>();
        RequestedQuantity? each = null;
        var cursor = 0;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var product = item.Matches[0].Product;
            var start = item.Positions.Min;
            var end = item.Positions.Max + 1;
            var before = words[Math.Min(cursor, start)..start];
            var quantity = Parse(before, language, product);
            if (quantity is not null && before.Any(EachWords.Contains))
            {
                each = quantity;
            }

            cursor = end;
            if (quantity is null && before.Length > 0 && EnglishOne.Contains(before[^1]))
            {
                quantity = RequestedQuantity.Units(1);
            }

            if (quantity is null)
            {
                // Never before this item's end, even if the next item's words started inside it.
                var next = Math.Max(end, k + 1 < items.Count ? items[k + 1].Positions.Min : words.Length);
                var stop = Array.FindIndex(words, end, next - end, Joins.Contains);
                var after = words[end..(stop < 0 ? next : stop)];
                quantity = Parse(after, language, product);
                if (quantity is not null)
                {
                    cursor = stop < 0 ? next : stop;
                }
            }

            mentions.Add(new ProductMention(item.Matches.Select(m => m.Product).ToList(), quantity));
        }

        return each is null ? mentions : mentions.Select(m => m.Quantity is null ? m with { Quantity = each } : m).ToList();
    }

    private static RequestedQuantity? Parse(string[] words, string language, Content.Product product) =>
        words.Length == 0 ? null : QuantityParser.Parse(string.Join(' ', words), language, product);

    [GeneratedRegex(@"^(?:x(?<n>\d+)|(?<n>\d+)x)$", RegexOptions.CultureInvariant)]
    private static partial Regex Times();
}
