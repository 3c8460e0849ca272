using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("oui")]
    [InlineData("Oui !")]
    [InlineData("OUI")]
    [InlineData("ouais")]
    [InlineData("ouiii")]
    [InlineData("d'accord")]
    [InlineData("D’accord.")]
    [InlineData("dac")]
    [InlineData("ok")]
    [InlineData("okay")]
    [InlineData("volontiers")]
    [InlineData("bien sûr")]
    [InlineData("bien sur")]
    [InlineData("carrément")]
    [InlineData("exactement")]
    [InlineData("c'est ça")]
    [InlineData("oui merci")]
    [InlineData("oui, à 20h")]
    [InlineData("euh oui")]
    [InlineData("tout à fait")]
    [InlineData("pas de souci")]
    [InlineData("si")]
    [InlineData("si si")]
    [InlineData("Oui oui")]
    [InlineData("👍")]
    [InlineData("👍🏽")]
    [InlineData("super")]
    [InlineData("nickel")]
    [InlineData("impeccable")]
    [InlineData("génial, merci")]
    [InlineData("ça me va")]
    [InlineData("très bien")]
    public void Recognize_FrenchYes_ReturnsTrue(string text)
    {
        Assert.True(ConfirmRecognizer.Recognize(text, Languages.French));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes please")]
    [InlineData("yep")]
    [InlineData("yeah")]
    [InlineData("sure")]
    [InlineData("of course")]
    [InlineData("correct")]
    [InlineData("absolutely")]
    [InlineData("y")]
    [InlineData("Y")]
    [InlineData("yesss!!")]
    [InlineData("yes, no problem")]
    [InlineData("that's right")]
    [InlineData("well, yes")]
    [InlineData("perfect")]
    [InlineData("great")]
    [InlineData("sounds great, thanks")]
    [InlineData("that works")]
    [InlineData("works for me")]
    [InlineData("fine by me")]
    [InlineData("let's go")]
    [InlineData("book it")]
    public void Recognize_EnglishYes_ReturnsTrue(string text)
    {
        Assert.True(ConfirmRecognizer.Recognize(text, Languages.English));
    }

    [Theory]
    [InlineData("non")]
    [InlineData("Non.")]
    [InlineData("nan")]
    [InlineData("noooon")]
    [InlineData("pas du tout")]
    [InlineData("surtout pas")]
    [InlineData("non merci")]
    [InlineData("non c'est bon merci")]
    [InlineData("absolument pas")]
    [InlineData("bien sûr que non")]
    [InlineData("👎")]
    public void Recognize_FrenchNo_ReturnsFalse(string text)
    {
        Assert.False(ConfirmRecognizer.Recognize(text, Languages.French));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("No!")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not really")]
    [InlineData("no thanks")]
    [InlineData("no thank you, I'm fine")]
    [InlineData("n")]
    [InlineData("of course not")]
    public void Recognize_EnglishNo_ReturnsFalse(string text)
    {
        Assert.False(ConfirmRecognizer.Recognize(text, Languages.English));
    }

    [Theory]
    [InlineData("yes", Languages.French, true)]
    [InlineData("ok", Languages.French, true)]
    [InlineData("no", Languages.French, false)]
    [InlineData("oui", Languages.English, true)]
    [InlineData("non", Languages.English, false)]
    public void Recognize_OtherLanguageWord_IsUnderstood(string text, string language, bool expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(text, language));
    }

    [Theory]
    [InlineData("oui non")]
    [InlineData("non, oui")]
    [InlineData("yes no")]
    [InlineData("peut-être")]
    [InlineData("maybe")]
    [InlineData("oui peut-être")]
    [InlineData("je ne sais pas")]
    [InlineData("why not")]
    [InlineData("je voudrais réserver")]
    [InlineData("je pense à oui")]
    [InlineData("y a-t-il du café")]
    [InlineData("n'importe")]
    [InlineData("sinon")]
    [InlineData("nonante")]
    [InlineData("okapi")]
    [InlineData("12")]
    [InlineData("🙂")]
    public void Recognize_AmbiguousOrUnrelated_ReturnsNull(string text)
    {
        Assert.Null(ConfirmRecognizer.Recognize(text, Languages.French));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Recognize_NaughtyString_ReturnsNull(string? text)
    {
        Assert.Null(ConfirmRecognizer.Recognize(text, Languages.French));
        Assert.Null(ConfirmRecognizer.Recognize(text, Languages.English));
    }
}
