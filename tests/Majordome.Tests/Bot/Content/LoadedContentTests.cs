using Majordome.Bot.Content;
using Majordome.Dialogs.Content;

namespace Majordome.Tests.Bot.Content;

/// <summary>The interfaces the conversations use, served from the shipped content.</summary>
public sealed class LoadedContentTests
{
    private static readonly BrandContent Content = ShippedBrand.Content;

    [Fact]
    public void FindBySku_AnyCase_FindsTheProduct()
    {
        var catalog = new LoadedCatalog(Content.Products);

        Assert.Equal("Arpeggio", catalog.FindBySku("cap-arpeggio")?.Name.Fr);
        Assert.Null(catalog.FindBySku("CAP-NOPE"));
    }

    [Fact]
    public void InCategory_Machines_GivesOnlyMachinesInCatalogOrder()
    {
        var catalog = new LoadedCatalog(Content.Products);

        var machines = catalog.InCategory(ProductCategory.Machines);

        Assert.All(machines, m => Assert.Equal(ProductCategory.Machines, m.Category));
        Assert.Equal(Content.Products.Where(p => p.Category == ProductCategory.Machines), machines);
    }

    [Fact]
    public void FindById_Boutique_FindsIt()
    {
        var directory = new LoadedBoutiqueDirectory(Content.Boutiques);

        Assert.Equal("Lyon", directory.FindById("LYON-BELLECOUR")?.Address.City);
        Assert.Null(directory.FindById("marseille"));
    }

    [Fact]
    public void FindById_FaqEntry_FindsItAndItsRelatedEntries()
    {
        var faq = new LoadedFaqSource(Content.Faq);

        var entry = faq.FindById("delivery-fee");

        Assert.NotNull(entry);
        Assert.All(entry.Related, id => Assert.NotNull(faq.FindById(id)));
    }
}
