using Majordome.Dialogs.Content;

namespace Majordome.Tests.Dialogs.Content;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Text = new("Bonjour", "Hello");

    [Theory]
    [InlineData("fr", "Bonjour")]
    [InlineData("en", "Hello")]
    [InlineData(null, "Bonjour")]
    [InlineData("de", "Bonjour")]
    public void In_Language_PicksThatLanguageElseFrench(string? language, string expected)
    {
        Assert.Equal(expected, Text.In(language));
    }

    [Fact]
    public void In_English_PicksEnglishPhrasings()
    {
        var phrases = new LocalizedPhrases(["frais de port"], ["shipping cost", "delivery charge"]);

        Assert.Equal(["shipping cost", "delivery charge"], phrases.In("en"));
    }
}
