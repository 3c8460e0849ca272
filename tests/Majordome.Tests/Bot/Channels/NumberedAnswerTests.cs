using Majordome.Bot.Channels;

namespace Majordome.Tests.Bot.Channels;

public sealed class NumberedAnswerTests
{
    [Theory]
    [InlineData("2", 2)]
    [InlineData(" 10 ", 10)]
    [InlineData("3.", 3)]
    [InlineData("#4", 4)]
    [InlineData("n°5", 5)]
    [InlineData("le 6", 6)]
    [InlineData("number 7", 7)]
    [InlineData("numéro 8", 8)]
    public void AMessageThatIsOnlyANumber_IsThatNumber(string text, int expected) => Assert.Equal(expected, NumberedAnswer.Read(text));

    [Theory]
    [InlineData("2 sleeves")]
    [InlineData("for 2 people")]
    [InlineData("2pm")]
    [InlineData("0611122233")]
    [InlineData("Aubade")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingMore_IsNoNumberedAnswer(string? text) => Assert.Null(NumberedAnswer.Read(text));
}
