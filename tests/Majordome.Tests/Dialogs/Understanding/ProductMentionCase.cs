using System.Globalization;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Understanding;

/// <summary>One typed purchase request of data/product-mentions.tsv and the items it asks for.</summary>
/// <param name="Line">The line of the file, for reports.</param>
/// <param name="Sentence">The message as typed.</param>
/// <param name="Language">"fr" or "en".</param>
/// <param name="Expected">The items in the file's notation ("CAP-CASCADE*2 + ACC-KIT-DETARTRAGE*1", "-" for none).</param>
public sealed record ProductMentionCase(int Line, string Sentence, string Language, string Expected)
{
    /// <summary>The file of cases, in the repository (not copied to the output, so that it is read as edited).</summary>
    public static string DefaultPath => Path.Combine(RepositoryRoot.Path, "tests", "Majordome.Tests", "Dialogs", "Understanding", "data", "product-mentions.tsv");

    /// <summary>Reads the cases: tab-separated sentence, language, expected items; # starts a comment line.</summary>
    public static IReadOnlyList<ProductMentionCase> ReadFile(string path)
    {
        var cases = new List<ProductMentionCase>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length != 3)
            {
                throw new FormatException($"{path}, line {i + 1}: 3 tab-separated columns expected, {cells.Length} found.");
            }

            cases.Add(new ProductMentionCase(i + 1, cells[0], cells[1], Canonical(cells[2])));
        }

        return cases;
    }

    /// <summary>The items as read, in the file's notation (alternatives sorted, so that their order does not matter).</summary>
    public static string Show(IReadOnlyList<ProductMention> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count == 0
            ? "-"
            : string.Join(" + ", items.Select(i => string.Join('|', i.Candidates.Select(p => p.Sku).Order(StringComparer.Ordinal)) + Quantity(i.Quantity)));
    }

    private static string Quantity(RequestedQuantity? quantity) => quantity is null
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"*{quantity.Count}{(quantity.InCapsules ? "c" : string.Empty)}");

    private static string Canonical(string expected) => expected.Trim() == "-"
        ? "-"
        : string.Join(" + ", expected.Split('+', StringSplitOptions.TrimEntries).Select(item =>
        {
            var star = item.IndexOf('*', StringComparison.Ordinal);
            var skus = star < 0 ? item : item[..star];
            return string.Join('|', skus.Split('|', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)) + (star < 0 ? string.Empty : item[star..]);
        }));
}
