using Majordome.Bot.Content;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class ProductMentionReaderTests
{
    private readonly ProductMentionReader _reader = new(new LoadedCatalog(TestBrand.Content.Products));

    [Theory]
    [InlineData("3 sleeves of aubade and 2 of velours", "en", "CAP-AUBADE*3 + CAP-VELOURS*2")]
    [InlineData("aubade x3, velours x2", "en", "CAP-AUBADE*3 + CAP-VELOURS*2")]
    [InlineData("je voudrais un sac de recyclage et 5 étuis de granit", "fr", "ACC-SAC-RECYCLAGE*1 + CAP-GRANIT*5")]
    [InlineData("2 de chaque : arpeggio et ristretto", "fr", "CAP-ARPEGGIO*2 + CAP-RISTRETTO*2")]
    public void Read_SeveralProducts_GivesEachItsOwnQuantity(string text, string language, string expected)
    {
        Assert.Equal(expected, ProductMentionCase.Show(_reader.Read(text, language)));
    }

    [Theory]
    [InlineData("the piccola latte", "MAC-PICCOLA-LATTE")]
    [InlineData("la piccola", "MAC-PICCOLA")]
    [InlineData("a milk frother", "ACC-MOUSSEUR-NUAGE*1")]
    [InlineData("2 sleeves of cascde", "CAP-CASCADE*2")]
    [InlineData("40 capsules of lungo", "CAP-LUNGO*40c")]
    public void Read_PartialOrMisspelledName_FindsTheOneProduct(string text, string expected)
    {
        Assert.Equal(expected, ProductMentionCase.Show(_reader.Read(text, "en")));
    }

    [Theory]
    [InlineData("un lungo, 2 cascade et un duo de tasses", "CAP-LUNGO*1 + CAP-CASCADE*2 + ACC-TASSES-ESPRESSO|ACC-TASSES-LUNGO*1")]
    [InlineData("2 lungo et un duo de tasses", "CAP-LUNGO*2 + ACC-TASSES-ESPRESSO|ACC-TASSES-LUNGO*1")]
    public void Read_ANamesWordsAroundAnotherProduct_AreNotOneName(string text, string expected)
    {
        // "Duo de tasses lungo" shares "lungo" with the Lungo capsules: the word said apart is the capsules, not part of the cups.
        Assert.Equal(expected, ProductMentionCase.Show(_reader.Read(text, "fr")));
    }

    [Fact]
    public void Read_WordsThatFitTwoProductsEqually_GivesOneItemWithBoth()
    {
        var item = Assert.Single(_reader.Read("a cup pair", "en"));

        Assert.Null(item.Product);
        Assert.Equal(["ACC-TASSES-ESPRESSO", "ACC-TASSES-LUNGO"], item.Candidates.Select(p => p.Sku).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("un café avec du lait")]
    [InlineData("a machine for cappuccinos")]
    [InlineData("I'd like more")]
    [InlineData("une prise")]
    public void Read_WordsForAKindOfThing_NameNoProduct(string text)
    {
        Assert.Empty(_reader.Read(text, "fr"));
    }
}
