using Majordome.Dialogs.Understanding;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class NamedPartyReaderTests
{
    [Theory]
    [InlineData("book me a restaurant for me, geneva and wilda for now in Blacksville", 3)]
    [InlineData("une table pour moi, Julie et Marc samedi", 3)]
    [InlineData("I need a highly rated oyster bar in a month for jeanne collins, amy and I", 3)]
    [InlineData("this winter, meredith, betty and erika want to eat at a gastropub", 3)]
    [InlineData("a table for John and me on Friday", 2)]
    [InlineData("for me, Anna, Paul and Zoé", 4)]
    public void Read_PeopleNamed_CountsThemWithTheCustomer(string text, int expected)
    {
        Assert.Equal(expected, PartySizeReader.Read(text));
    }

    [Theory]
    [InlineData("a table for me, today and tomorrow")]
    [InlineData("for lunch, tea and cake")]
    [InlineData("I'd like coffee, tea and me time")]
    public void Read_ListsOfOtherThings_AreNoParty(string text)
    {
        Assert.Null(PartySizeReader.Read(text));
    }
}
