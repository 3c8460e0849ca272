using Majordome.Bot.Content.Transcripts;

namespace Majordome.Tests.Bot.Content.Transcripts;

public class BotOffersButtonsTests
{
    [Fact]
    public void Matches_TitleWithAStar_IsAPattern()
    {
        var expected = new BotOffersButtons(1, ["Tue*", "Yes"]);

        Assert.True(expected.Matches(["Tue 01/12 10:00am", "Yes"]));
        Assert.False(expected.Matches(["Wed 02/12 10:00am", "Yes"]));
    }

    [Fact]
    public void Matches_TitleWithoutAStar_MustBeExact()
    {
        var expected = new BotOffersButtons(1, ["Yes", "No"]);

        Assert.False(expected.Matches(["yes", "No"]));
        Assert.False(expected.Matches(["Yes"]));
    }
}
