using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Localization;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("3", 3, false)]
    [InlineData("trois", 3, false)]
    [InlineData("3 étuis", 3, false)]
    [InlineData("3 etuis", 3, false)]
    [InlineData("trois boîtes", 3, false)]
    [InlineData("un étui", 1, false)]
    [InlineData("une douzaine d'étuis", 12, false)]
    [InlineData("30 capsules", 30, true)]
    [InlineData("trente capsules s'il vous plaît", 30, true)]
    [InlineData("25 dosettes", 25, true)]
    [InlineData("3 étuis de 10 capsules", 3, false)]
    [InlineData("3 sleeves", 3, false)]
    [InlineData("je veux 4", 4, false)]
    [InlineData("0", 0, false)]
    [InlineData("-2", -2, false)]
    public void Parse_FrenchCapsule_ReadsCountAndUnit(string text, int count, bool inCapsules)
    {
        var parsed = QuantityParser.Parse(text, Languages.French, CommerceData.Capsule("CAP-A"));

        Assert.Equal(new RequestedQuantity(count, inCapsules ? QuantityUnit.Capsule : QuantityUnit.SellingUnit), parsed);
    }

    [Theory]
    [InlineData("3", 3, false)]
    [InlineData("three", 3, false)]
    [InlineData("3 sleeves", 3, false)]
    [InlineData("a sleeve", 1, false)]
    [InlineData("one box please", 1, false)]
    [InlineData("a dozen sleeves", 12, false)]
    [InlineData("half a dozen boxes", 6, false)]
    [InlineData("30 capsules", 30, true)]
    [InlineData("thirty pods", 30, true)]
    [InlineData("a capsule", 1, true)]
    [InlineData("2 sleeves of 10 capsules", 2, false)]
    [InlineData("3 étuis", 3, false)]
    public void Parse_EnglishCapsule_ReadsCountAndUnit(string text, int count, bool inCapsules)
    {
        var parsed = QuantityParser.Parse(text, Languages.English, CommerceData.Capsule("CAP-A"));

        Assert.Equal(new RequestedQuantity(count, inCapsules ? QuantityUnit.Capsule : QuantityUnit.SellingUnit), parsed);
    }

    [Theory]
    [InlineData("2", Languages.French, 2)]
    [InlineData("deux machines", Languages.French, 2)]
    [InlineData("2 capsules", Languages.French, 2)]
    [InlineData("two", Languages.English, 2)]
    public void Parse_Machine_IsAlwaysInSellingUnits(string text, string language, int count)
    {
        Assert.Equal(RequestedQuantity.Units(count), QuantityParser.Parse(text, language, CommerceData.Machine("MAC-A")));
    }

    [Theory]
    [InlineData("", Languages.French)]
    [InlineData(null, Languages.French)]
    [InlineData("beaucoup", Languages.French)]
    [InlineData("3 ou 4", Languages.French)]
    [InlineData("2,5", Languages.French)]
    [InlineData("2.5 sleeves", Languages.English)]
    [InlineData("some sleeves", Languages.English)]
    [InlineData("99999999999", Languages.English)]
    public void Parse_NoSingleWholeNumber_ReturnsNull(string? text, string language)
    {
        Assert.Null(QuantityParser.Parse(text, language, CommerceData.Capsule("CAP-A")));
    }

    [Theory]
    [InlineData("30", 30, true)]
    [InlineData("20 svp", 20, true)]
    [InlineData("30 étuis", 30, false)]
    [InlineData("2", 2, false)]
    [InlineData("30 capsules", 30, true)]
    public void ParseAnswer_AfterCapsulesWereOffered_BareOfferedNumberIsInCapsules(string text, int count, bool inCapsules)
    {
        var offered = new[] { RequestedQuantity.Capsules(20), RequestedQuantity.Capsules(30) };

        var parsed = QuantityParser.ParseAnswer(text, Languages.French, CommerceData.Capsule("CAP-A"), offered);

        Assert.Equal(new RequestedQuantity(count, inCapsules ? QuantityUnit.Capsule : QuantityUnit.SellingUnit), parsed);
    }

    [Fact]
    public void ParseAnswer_NothingOffered_IsParse()
    {
        Assert.Equal(RequestedQuantity.Units(30), QuantityParser.ParseAnswer("30", Languages.French, CommerceData.Capsule("CAP-A"), []));
    }
}
