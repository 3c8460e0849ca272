using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("4", "4")]
    [InlineData("quatre", "4")]
    [InlineData("2,5", "2.5")]
    [InlineData("2.5", "2.5")]
    [InlineData("une douzaine", "12")]
    [InlineData("une demi-douzaine", "6")]
    [InlineData("une dizaine", "10")]
    [InlineData("pour 4 personnes", "4")]
    [InlineData("nous serons quatre", "4")]
    [InlineData("vingt et un", "21")]
    [InlineData("vingt-et-un", "21")]
    [InlineData("quatre-vingt-dix", "90")]
    [InlineData("deux et demi", "2.5")]
    [InlineData("1 000", "1000")]
    [InlineData("-3", "-3")]
    [InlineData("4 4", "4")]
    [InlineData("demain soir à 20h pour 4 personnes", "4")]
    public void Recognize_French_ReturnsNumber(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberRecognizer.Recognize(text, Languages.French));
    }

    [Theory]
    [InlineData("4", "4")]
    [InlineData("four", "4")]
    [InlineData("2.5", "2.5")]
    [InlineData("1,000", "1000")]
    [InlineData("a dozen", "12")]
    [InlineData("half a dozen", "6")]
    [InlineData("two and a half", "2.5")]
    [InlineData("twenty-one", "21")]
    [InlineData("table for 2 at 8pm", "2")]
    [InlineData("tomorrow at 8pm for four people", "4")]
    [InlineData("zero", "0")]
    public void Recognize_English_ReturnsNumber(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberRecognizer.Recognize(text, Languages.English));
    }

    [Theory]
    [InlineData("fr-FR", "2,5", "2.5")]
    [InlineData("en-GB", "four", "4")]
    [InlineData("de", "quatre", "4")]
    public void Recognize_LocaleOrUnknownLanguage_UsesMatchingCultureOrFrench(string language, string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberRecognizer.Recognize(text, language));
    }

    [Theory]
    [InlineData("4 ou 5", Languages.French)]
    [InlineData("2 or 3", Languages.English)]
    [InlineData("4 adultes et 2 enfants", Languages.French)]
    [InlineData("aucune idée", Languages.French)]
    [InlineData("no idea", Languages.English)]
    [InlineData("le deuxième", Languages.French)]
    [InlineData("the second", Languages.English)]
    [InlineData("quelques", Languages.French)]
    [InlineData("99999999999999999999999999999999999", Languages.French)]
    [InlineData("1e30", Languages.English)]
    public void Recognize_NoneOrSeveralOrTooLarge_ReturnsNull(string text, string language)
    {
        Assert.Null(NumberRecognizer.Recognize(text, language));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Recognize_NaughtyString_ReturnsNull(string? text)
    {
        Assert.Null(NumberRecognizer.Recognize(text, Languages.French));
        Assert.Null(NumberRecognizer.Recognize(text, Languages.English));
    }
}
