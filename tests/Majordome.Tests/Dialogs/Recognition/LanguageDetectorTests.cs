using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("bonjour")]
    [InlineData("Bonjour !")]
    [InlineData("salut")]
    [InlineData("bonsoir")]
    [InlineData("merci")]
    [InlineData("je voudrais réserver")]
    [InlineData("je voudrais reserver une table")]
    [InlineData("avez-vous des capsules")]
    [InlineData("avez vous des capsules ?")]
    [InlineData("ou est la boutique")]
    [InlineData("où est la boutique ?")]
    [InlineData("qu'est-ce que vous proposez")]
    [InlineData("c'est combien ?")]
    [InlineData("oui")]
    [InlineData("café")]
    [InlineData("quels sont vos horaires")]
    [InlineData("j'aimerais commander")]
    [InlineData("est-ce possible")]
    public void Detect_FrenchMessage_ReturnsFrench(string text)
    {
        var guess = LanguageDetector.Detect(text);

        Assert.Equal(Languages.French, guess.Language);
        Assert.InRange(guess.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello there")]
    [InlineData("hey")]
    [InlineData("thanks")]
    [InlineData("thank you")]
    [InlineData("I'd like to book a table")]
    [InlineData("do you have capsules")]
    [InlineData("where is the shop")]
    [InlineData("what are your opening hours?")]
    [InlineData("I'm looking for a gift")]
    [InlineData("please")]
    [InlineData("yes")]
    [InlineData("can I order online")]
    [InlineData("I don't understand")]
    public void Detect_EnglishMessage_ReturnsEnglish(string text)
    {
        var guess = LanguageDetector.Detect(text);

        Assert.Equal(Languages.English, guess.Language);
        Assert.InRange(guess.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("12")]
    [InlineData("Arpeggio")]
    [InlineData("menu")]
    [InlineData("capsules")]
    [InlineData("👍")]
    [InlineData("?")]
    public void Detect_NoEvidence_ReturnsNullLanguageWithZeroConfidence(string text)
    {
        Assert.Equal(new LanguageGuess(null, 0), LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_MixedMessage_IsLessConfidentThanAPureOne()
    {
        var mixed = LanguageDetector.Detect("bonjour, do you have capsules");
        var pure = LanguageDetector.Detect("do you have capsules");

        Assert.Equal(Languages.English, mixed.Language);
        Assert.True(mixed.Confidence < pure.Confidence);
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Detect_NaughtyString_ConfidenceStaysInRange(string? text)
    {
        var guess = LanguageDetector.Detect(text);

        Assert.InRange(guess.Confidence, 0, 1);
        Assert.True(guess.Language is null or Languages.French or Languages.English);
    }
}
