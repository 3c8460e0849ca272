using Majordome.Bot.Content.Transcripts;

namespace Majordome.Tests.Bot.Content.Transcripts;

public sealed class TextPatternTests
{
    [Theory]
    [InlineData("For 80 €: the *", "For 80 €: the Coffret Grands Crus", true)]
    [InlineData("For * €: the *", "For 80 €: the Coffret", true)]
    [InlineData("Hi *!", "Hi !", true)]
    [InlineData("For 80 €: the *", "For 90 €: the Coffret", false)]
    [InlineData("Hello", "Hello there", false)]
    [InlineData("Price (1.5 €)?", "Price (1.5 €)?", true)]
    [InlineData("Price (1.5 €)?", "Price (105 €)?", false)]
    [InlineData("  Two   spaces ", "Two\n spaces", true)]
    [InlineData("/^You will find it .*$/", "You will find it in the shop.", true)]
    [InlineData("/^You will find it .*$/", "Now you will find it", false)]
    [InlineData("/\\d+ €/", "For 80 €: the box", true)]
    public void Matches_WildcardsRegexAndWhitespace(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, TextPattern.Parse(pattern).Matches(text));
    }

    [Fact]
    public void Parse_BadRegex_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => TextPattern.Parse("/(unclosed/"));
    }
}
