using Majordome.Bot.Content;

namespace Majordome.Tests.Bot.Content;

/// <summary>A marketer fixes every problem in one go: all of them are reported, file by file, in document order.</summary>
public sealed class SeveralProblemsTests : IDisposable
{
    private readonly TempBrandFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ProblemsInSeveralFiles_ReportsThemAllInFileThenLineOrder()
    {
        _folder
            .Write("faq.yaml", TempBrandFolder.Faq.With("topic: delivery", "topic: livraison"))
            .Write("catalog.yaml", TempBrandFolder.Catalog.With("price: 4.20", "price: -4.20").With("intensity: 9", "intensity: 20"))
            .Write("boutiques.yaml", TempBrandFolder.Boutiques.With("\"75009\"", "\"7509\""));

        var problems = _folder.Problems();

        Assert.Equal(
            [
                ("catalog.yaml", 6, "products[0].price"),
                ("catalog.yaml", 9, "products[0].intensity"),
                ("boutiques.yaml", 4, "boutiques[0].address.postal_code"),
                ("faq.yaml", 3, "entries[0].topic"),
            ],
            problems.Select(p => (p.File, p.Line, p.Field)));
    }

    [Fact]
    public void Load_ManyProblemsInOneProduct_ReportsEachOfThem()
    {
        _folder.Write("catalog.yaml", """
            products:
              - sku: CAP-X
                category: capsules
                name: { fr: X }
                description: { fr: Un café., en: A coffee. }
                price: beaucoup
                image: ftp://images/x.jpg
                stock: -1
                aroma_notes: [{ fr: cacao, en: cocoa }]
                cup_sizes: [espresso]
                simlar: [CAP-Y]
            """);

        var problems = _folder.Problems();

        Assert.Equal(
            ["products[0].intensity", "products[0].name.en", "products[0].price", "products[0].image", "products[0].stock", "products[0].simlar"],
            problems.Select(p => p.Field));
    }

    [Fact]
    public void Message_SeveralProblems_ListsEveryOneWithItsPlace()
    {
        _folder.Write("brand.yaml", TempBrandFolder.Brand.With("fee: 4.90", "fee: x").With("max_party_size: 8", "max_party_size: 0"));

        var exception = Assert.Throws<BrandContentException>(_folder.Load);

        Assert.Contains("has 2 problems", exception.Message, StringComparison.Ordinal);
        Assert.Contains("brand.yaml, line 5, column 8, field \"delivery.fee\": expected a number", exception.Message, StringComparison.Ordinal);
        Assert.Contains("brand.yaml, line 11, column 19, field \"booking.max_party_size\": must be at least 1", exception.Message, StringComparison.Ordinal);
    }
}
