using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class EmailRecognizerTests
{
    [Theory]
    [InlineData("jean.dupont@exemple.fr", "jean.dupont@exemple.fr")]
    [InlineData("c'est jean.dupont@exemple.fr merci", "jean.dupont@exemple.fr")]
    [InlineData("mon mail : Jean.Dupont@Exemple.FR.", "Jean.Dupont@exemple.fr")]
    [InlineData("my email is jane+coffee@mail.example.co.uk, thanks", "jane+coffee@mail.example.co.uk")]
    [InlineData("<jean@exemple.fr>", "jean@exemple.fr")]
    [InlineData("(jean@exemple.fr)", "jean@exemple.fr")]
    [InlineData("mailto:jean@exemple.fr", "jean@exemple.fr")]
    [InlineData("« jean@exemple.fr »", "jean@exemple.fr")]
    [InlineData("o'brien@example.com", "o'brien@example.com")]
    [InlineData("jean_d-2@sous-domaine.exemple.com !", "jean_d-2@sous-domaine.exemple.com")]
    [InlineData("ｊｅａｎ＠ｅｘｅｍｐｌｅ．ｆｒ", "jean@exemple.fr")]
    [InlineData("jean@exemple.fr ou jean@EXEMPLE.fr", "jean@exemple.fr")]
    public void Recognize_PlausibleAddress_ReturnsIt(string text, string expected)
    {
        Assert.Equal(expected, EmailRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("jean@")]
    [InlineData("@x.fr")]
    [InlineData("jean@exemple")]
    [InlineData("jean@localhost")]
    [InlineData("jean..dupont@exemple.fr")]
    [InlineData(".jean@exemple.fr")]
    [InlineData("jean.@exemple.fr")]
    [InlineData("jean@exemple..fr")]
    [InlineData("jean@-exemple.fr")]
    [InlineData("jean@exemple.f")]
    [InlineData("jean@exemple.123")]
    [InlineData("jean@@exemple.fr")]
    [InlineData("jean @exemple.fr")]
    [InlineData("jean@ exemple.fr")]
    [InlineData("jean.dupont@exemple .fr")]
    [InlineData("jéan@exemple.fr")]
    [InlineData("jean@exemple.fr et marie@exemple.fr")]
    [InlineData("je n'ai pas d'email")]
    [InlineData("no email, sorry")]
    [InlineData("@")]
    public void Recognize_ImplausibleOrAmbiguous_ReturnsNull(string text)
    {
        Assert.Null(EmailRecognizer.Recognize(text));
    }

    [Fact]
    public void Recognize_LocalPartTooLong_ReturnsNull()
    {
        Assert.Null(EmailRecognizer.Recognize(new string('a', 65) + "@exemple.fr"));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Recognize_NaughtyString_ReturnsNull(string? text)
    {
        Assert.Null(EmailRecognizer.Recognize(text));
    }
}
