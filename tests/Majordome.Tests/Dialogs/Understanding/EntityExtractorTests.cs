using Majordome.Bot.Content;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class EntityExtractorTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly EntityExtractor _extractor = new(
        new LoadedCatalog(TestBrand.Content.Products),
        new LoadedBoutiqueDirectory(TestBrand.Content.Boutiques),
        new FakeTimeProvider(ConversationHarness.DefaultNow),
        "Maison Tasse");

    [Fact]
    public void Extract_QuantityAndMisspelledProduct_GivesBoth()
    {
        var entities = _extractor.Extract("2 boites d'arpegio", "fr");

        Assert.Equal("CAP-ARPEGGIO", Assert.Single(entities.Products).Sku);
        Assert.Equal(2, entities.Quantity);
        Assert.Equal(ProductCategory.Capsules, entities.Category);
    }

    [Theory]
    [InlineData("du brunante decafeine", "CAP-BRUNANTE-DECA")]
    [InlineData("some Morning Breeze pods", "CAP-BRISE-MATINALE")]
    [InlineData("un etui de TERRA ROSA", "CAP-TERRA-ROSSA")]
    public void Extract_ProductWithoutAccentsOrInTheOtherLanguage_IsFound(string text, string sku)
    {
        Assert.Contains(_extractor.Extract(text, "fr").Products, p => p.Sku == sku);
    }

    [Fact]
    public void Extract_BookingSentence_GivesPartyBoutiqueAndSlot()
    {
        var entities = _extractor.Extract("table pour 4 samedi à 15h à Lyon", "fr", Paris);

        Assert.Equal(4, entities.PartySize);
        Assert.Equal("lyon-bellecour", entities.Boutique?.Id);
        var moment = Assert.Single(entities.Moments, m => m.HasTime);

        // Wednesday 25 November 2026: "samedi" is the 28th.
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(1)), moment.Value);
    }

    [Theory]
    [InlineData("une table pour deux demain", 2)]
    [InlineData("nous sommes 6", 6)]
    [InlineData("a table for four people", 4)]
    [InlineData("3 personnes vendredi", 3)]
    public void Extract_PartySizes_AreRead(string text, int party)
    {
        Assert.Equal(party, _extractor.Extract(text, "fr").PartySize);
    }

    [Theory]
    [InlineData("réserver pour 15h")]
    [InlineData("pour 2 boites de lungo")]
    [InlineData("je voudrais réserver")]
    public void Extract_NumbersThatAreNotPeople_AreNoPartySize(string text)
    {
        Assert.Null(_extractor.Extract(text, "fr").PartySize);
    }

    [Fact]
    public void Extract_ContactDetails_AreFound()
    {
        var entities = _extractor.Extract("écrivez à marie@example.com ou au 06 12 34 56 78", "fr");

        Assert.Equal("marie@example.com", entities.Email);
        Assert.Equal("+33612345678", entities.Phone);
    }

    [Theory]
    [InlineData("montrez-moi vos machines", ProductCategory.Machines)]
    [InlineData("I need accessories", ProductCategory.Accessories)]
    [InlineData("des dosettes", ProductCategory.Capsules)]
    public void Extract_Category_IsFound(string text, ProductCategory category)
    {
        Assert.Equal(category, _extractor.Extract(text, "fr").Category);
    }

    [Fact]
    public void Extract_Blank_IsEmpty()
    {
        Assert.Same(UnderstoodEntities.Empty, _extractor.Extract("  ", "fr"));
    }
}
