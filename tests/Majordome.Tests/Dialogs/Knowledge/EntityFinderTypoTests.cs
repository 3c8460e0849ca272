using Majordome.Bot.Content;
using Majordome.Dialogs.Knowledge;
using Majordome.Tests.Bot.Content;

namespace Majordome.Tests.Dialogs.Knowledge;

/// <summary>Product names found with a typo in the shipped catalogue, and the words that only look like one.</summary>
public sealed class EntityFinderTypoTests
{
    private static readonly EntityFinder Finder = new(new LoadedCatalog(ShippedBrand.Content.Products), new LoadedBoutiqueDirectory(ShippedBrand.Content.Boutiques));

    [Theory]
    [InlineData("how often do i need to descale?", "en")]
    [InlineData("descale", "en")]
    public void FindProducts_WordOneLetterFromANameAtItsStart_IsNotThatProduct(string text, string language)
    {
        Assert.DoesNotContain(Finder.FindProducts(text, language), p => p.Sku == "MAC-ESCALE");
    }

    [Theory]
    [InlineData("je voudrais la machine escalle", "fr")]
    [InlineData("the escale machine", "en")]
    public void FindProducts_NameOrTypoInsideIt_IsThatProduct(string text, string language)
    {
        Assert.Contains(Finder.FindProducts(text, language), p => p.Sku == "MAC-ESCALE");
    }
}
