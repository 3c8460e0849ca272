using Majordome.Bot.Content;
using Majordome.Dialogs.Content;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content;

/// <summary>The brand/ folder shipped with the repository: Maison Tasse, the demo brand the conversations are tested on.</summary>
public sealed class ShippedBrandContentTests
{
    private static BrandContent Content => ShippedBrand.Content;

    [Fact]
    public void Load_ShippedFolder_ReportsNoProblem()
    {
        var exception = Record.Exception(() => BrandContentLoader.Load(RepositoryRoot.BrandDirectory));

        Assert.Null(exception);
    }

    [Fact]
    public void Settings_ShippedBrand_HasTheAgreedCommercialRules()
    {
        Assert.Equal(new BrandSettings("Maison Tasse", "fr", "EUR", 4.90m, 45m, 20, 60, 8, 30), Content.Settings);
    }

    [Fact]
    public void Products_ShippedCatalog_HasAboutThirtyProductsOnThreeShelves()
    {
        Assert.InRange(Content.Products.Count, 28, 32);
        Assert.All(Enum.GetValues<ProductCategory>(), c => Assert.Contains(Content.Products, p => p.Category == c));
    }

    [Theory]
    [InlineData("Arpeggio")]
    [InlineData("Ristretto")]
    [InlineData("Lungo")]
    public void Products_NameOtherIssuesTestWith_IsACapsule(string name)
    {
        var product = Assert.Single(Content.Products, p => p.Name.Fr == name && p.Name.En == name);

        Assert.Equal(ProductCategory.Capsules, product.Category);
        Assert.NotNull(product.Capsule);
    }

    [Fact]
    public void Products_ShippedCatalog_CapsulesAndMachinesHaveTheirDetails()
    {
        Assert.All(Content.Products, p =>
        {
            Assert.Equal(p.Category == ProductCategory.Capsules, p.Capsule is not null);
            Assert.Equal(p.Category == ProductCategory.Machines, p.Machine is not null);
        });
        var machines = Content.Products.Where(p => p.Machine is not null).ToList();
        Assert.Contains(machines, m => m.Machine!.MilkSystem);
        Assert.Contains(machines, m => !m.Machine!.MilkSystem);
    }

    [Fact]
    public void Products_ShippedCatalog_SomeAreSoldOutWithSomethingSimilarInStock()
    {
        var soldOut = Content.Products.Where(p => !p.InStock).ToList();

        Assert.NotEmpty(soldOut);
        Assert.All(soldOut, p => Assert.Contains(Content.Products, s => p.Similar.Contains(s.Sku) && s.InStock));
    }

    [Fact]
    public void Boutiques_ShippedFolder_ParisLyonBordeauxEachWithAClosedDayAndHolidays()
    {
        Assert.Equal(["Paris", "Lyon", "Bordeaux"], Content.Boutiques.Select(b => b.Address.City));
        Assert.All(Content.Boutiques, b =>
        {
            Assert.Equal("Europe/Paris", b.TimeZoneId);
            Assert.Contains(b.WeeklyHours.Values, ranges => ranges.Count == 0);
            Assert.False(b.IsOpenOn(new DateOnly(2026, 12, 25)));
            Assert.False(b.IsOpenOn(new DateOnly(2027, 1, 1)));
            Assert.True(b.TastingSeatsPerSlot > 0);
        });
    }

    [Fact]
    public void Boutiques_ShippedFolder_SomeDaysHaveALunchBreak()
    {
        Assert.Contains(Content.Boutiques.SelectMany(b => b.WeeklyHours.Values), ranges => ranges.Count == 2);
    }

    [Fact]
    public void Faq_ShippedFolder_HasAboutFortyEntriesCoveringEveryTopic()
    {
        Assert.InRange(Content.Faq.Count, 38, 42);
        Assert.All(Enum.GetValues<FaqTopic>(), t => Assert.Contains(Content.Faq, e => e.Topic == t));
    }

    [Fact]
    public void Faq_DeliveryAnswers_QuoteTheFeeAndThresholdOfBrandYaml()
    {
        var fee = Content.Faq.Single(e => e.Id == "delivery-fee").Answer;

        Assert.Contains("4,90 €", fee.Fr, StringComparison.Ordinal);
        Assert.Contains("45 €", fee.Fr, StringComparison.Ordinal);
        Assert.Contains("€4.90", fee.En, StringComparison.Ordinal);
        Assert.Contains("€45", fee.En, StringComparison.Ordinal);
    }
}
