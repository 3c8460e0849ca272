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
    [InlineData("40 granit capsules", "en", "CAP-GRANIT*40c")]
    [InlineData("50 arpeggio pods please", "en", "CAP-ARPEGGIO*50c")]
    [InlineData("30 lungo dosettes", "fr", "CAP-LUNGO*30c")]
    [InlineData("quick one: 2 velours", "en", "CAP-VELOURS*2")]
    [InlineData("2 etuis de sirroco", "fr", "CAP-SIROCCO*2")]
    [InlineData("2 sleeves of the decaffeinated please", "en", "CAP-BRUNANTE-DECA*2")]
    [InlineData("I'll take the Piccola", "en", "MAC-PICCOLA*1")]
    [InlineData("I'll take the Piccola, 2 please", "en", "MAC-PICCOLA*2")]
    [InlineData("je voudrais la machine Atelier", "fr", "MAC-ATELIER*1")]
    [InlineData("la Duo Crème m'intéresse, je la prends", "fr", "MAC-DUO-CREME*1")]
    public void Read_HowPeopleTypeAQuantity_GivesIt(string text, string language, string expected)
    {
        Assert.Equal(expected, ProductMentionCase.Show(_reader.Read(text, language)));
    }

    [Theory]
    [InlineData("j'aimerais 2 étuis de votre café le plus intense", "fr", "CAP-MINUIT*2")]
    [InlineData("I'd like 2 sleeves of your most intense coffee", "en", "CAP-MINUIT*2")]
    [InlineData("3 étuis du plus doux", "fr", "CAP-CASCADE*3")]
    [InlineData("your strongest one, 2 sleeves", "en", "CAP-MINUIT*2")]
    [InlineData("le moins corsé, un étui", "fr", "CAP-CASCADE*1")]
    public void Read_TheStrongestOrTheMildest_IsTheCapsuleAtThatEndOfTheScale(string text, string language, string expected)
    {
        Assert.Equal(expected, ProductMentionCase.Show(_reader.Read(text, language)));
    }

    [Theory]
    [InlineData("plus fort que le Lungo ?", "fr", "CAP-LUNGO")]
    [InlineData("le Minuit, le plus intense ?", "fr", "CAP-MINUIT")]
    public void Read_AComparativeOrANameSaidToo_AddsNoOtherCapsule(string text, string language, string expected)
    {
        Assert.Equal(expected, ProductMentionCase.Show(_reader.Read(text, language)));
    }

    [Theory]
    [InlineData("3 ou 4 étuis de granit", "fr", "CAP-GRANIT")]
    [InlineData("2 to 3 sleeves of velours", "en", "CAP-VELOURS")]
    [InlineData("I want the decaf", "en", "CAP-BRUNANTE-DECA")]
    [InlineData("the piccola latte", "en", "MAC-PICCOLA-LATTE")]
    public void Read_AQuantityLeftOpen_IsNotMadeUp(string text, string language, string expected)
    {
        // A hesitation is asked about, capsules are counted in sleeves, and a name alone says which, not how many.
        Assert.Equal(expected, ProductMentionCase.Show(_reader.Read(text, language)));
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
