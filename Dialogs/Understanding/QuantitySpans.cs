using System.Text.RegularExpressions;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Gives each item of a message the quantity said next to it: the words before it back to the previous item
/// ("3 sleeves of aubade and 2 of velours"), else the words after it up to the next "and" ("aubade x3, velours x2",
/// "granit 5 étuis"); "a"/"an" just before a product is one, and so is "the"/"la" before a thing sold by the piece
/// with a verb of taking ("I'll take the Piccola"); "2 of each" / "2 de chaque" gives every item without its own
/// quantity. Pure and thread-safe.
/// </summary>
internal static partial class QuantitySpans
{
    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "et", "and", "plus", "puis", "then", "avec", "with" };
    private static readonly HashSet<string> EachWords = new(StringComparer.Ordinal) { "chaque", "each", "chacun", "chacune" };
    private static readonly HashSet<string> EnglishOne = new(StringComparer.Ordinal) { "a", "an" };

    // Words between two numbers that leave the quantity open: "3 ou 4", "2 to 3", "3 à 4".
    private static readonly HashSet<string> Hesitations = new(StringComparer.Ordinal) { "ou", "or", "to", "a", "voire", "maybe" };

    // Normalized: "l'" is "l", "cet" and "cette" lose nothing.
    private static readonly HashSet<string> SingularArticles = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "la", "le", "l", "cette", "cet", "ce", "votre", "your",
    };

    // What may stand between the article and the name: "la machine Atelier", "the new Piccola".
    private static readonly HashSet<string> KindWords = new(StringComparer.Ordinal)
    {
        "machine", "cafetiere", "new", "nouvelle", "nouveau", "little", "petite", "petit",
    };

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
            var quantity = ParseBefore(before, words, end, language, product);
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

                // "the strongest one, 2 sleeves": "one" right after what names the product stands for it.
                if (after is ["one" or "ones", _, ..])
                {
                    after = after[1..];
                }

                quantity = Parse(after, language, product);
                if (quantity is not null)
                {
                    cursor = stop < 0 ? next : stop;
                }
            }

            // "I'll take the Piccola", "je voudrais la machine Atelier": one of a thing sold by the piece, asked for,
            // when no number follows it ("I'll take the Piccola, 2 please"). Capsules are counted in sleeves, so "I
            // want the decaf" still asks how many; and "the piccola latte" alone, typed to say which one at a
            // carousel, asks too.
            if (quantity is null && product.Capsule is null && ArticleOfOne(before) && ShopCue.HasTakingWord(words))
            {
                quantity = RequestedQuantity.Units(1);
            }

            mentions.Add(new ProductMention(item.Matches.Select(m => m.Product).ToList(), quantity));
        }

        return each is null ? mentions : mentions.Select(m => m.Quantity is null ? m with { Quantity = each } : m).ToList();
    }

    private static RequestedQuantity? Parse(string[] words, string language, Content.Product product) =>
        words.Length == 0 ? null : QuantityParser.Parse(string.Join(' ', words), language, product);

    /// <summary>
    /// The quantity said before an item: its words back to the previous item, else the shortest end of them with a
    /// number ("quick one: 2 velours" says two, not "one" and "2"); a capsule word just after the name counts capsules
    /// ("40 granit capsules", "50 arpeggio pods" are 4 and 5 sleeves, not 40 and 50).
    /// </summary>
    private static RequestedQuantity? ParseBefore(string[] before, string[] words, int end, string language, Content.Product product)
    {
        // "a table for 2 people to taste granit": a number that counts people counts no product.
        var people = Array.FindLastIndex(before, PartySizeReader.IsPeopleNoun);
        if (people >= 0)
        {
            before = before[(people + 1)..];
        }

        var quantity = Parse(before, language, product);
        // "3 ou 4 étuis", "2 to 3 sleeves" are left unread on purpose: the shop asks.
        for (var from = before.Length - 1; quantity is null && from > 0 && !before.Any(Hesitations.Contains); from--)
        {
            if (NumberRecognizer.Recognize(before[from], language) is not null)
            {
                quantity = Parse(before[from..], language, product);
            }
        }

        var unitAfter = end < words.Length && QuantityUnitWords.Capsule.Contains(words[end]);
        return quantity is { Unit: QuantityUnit.SellingUnit } && unitAfter && !before.Any(QuantityUnitWords.Sleeve.Contains)
            ? Parse([.. before, words[end]], language, product) ?? quantity
            : quantity;
    }

    /// <summary>
    /// Whether the words before an item end with an article or a demonstrative of one thing, possibly followed by
    /// what kind of thing it is: "the", "la", "cette", "la machine", "the new".
    /// </summary>
    private static bool ArticleOfOne(string[] before)
    {
        var i = before.Length - 1;
        while (i >= 0 && KindWords.Contains(before[i]))
        {
            i--;
        }

        return i >= 0 && SingularArticles.Contains(before[i]);
    }

    [GeneratedRegex(@"^(?:x(?<n>\d+)|(?<n>\d+)x)$", RegexOptions.CultureInvariant)]
    private static partial Regex Times();
}
