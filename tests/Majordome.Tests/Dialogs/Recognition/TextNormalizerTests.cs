using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("D’accord !!", "d accord")]
    [InlineData("  Réservé   à  l'ÉTÉ ", "reserve a l ete")]
    [InlineData("cœur Ænéide", "coeur aeneide")]
    [InlineData("oui👍🏽", "oui 👍")]
    [InlineData("Ｏｕｉ", "oui")]
    [InlineData("la 2ᵉ", "la 2e")]
    [InlineData("oui\u00A0!", "oui")]
    [InlineData("ze\u200Bro", "zero")]
    [InlineData(null, "")]
    [InlineData("?!...", "")]
    public void Normalize_Text_IsLowercaseWithoutAccentsOrPunctuation(string? text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("Avez-vous ?", "-", "avez-vous")]
    [InlineData("qu’est-ce", "'-", "qu'est-ce")]
    [InlineData("a.b@c.fr", "@.", "a.b@c.fr")]
    public void Normalize_KeptCharacters_AreKept(string text, string keep, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text, keep));
    }

    [Theory]
    [InlineData("Jean  Dupont\t", "Jean Dupont")]
    [InlineData("l’été", "l'été")]
    [InlineData("０６ １２", "06 12")]
    public void Canonicalize_Text_KeepsCaseAndAccents(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Canonicalize(text));
    }

    [Fact]
    public void Canonicalize_LoneSurrogate_BecomesReplacementCharacter()
    {
        var text = "a" + '\uD800' + "b" + '\uDC00';

        Assert.Equal("a\uFFFDb\uFFFD", TextNormalizer.Canonicalize(text));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Normalize_NaughtyString_DoesNotThrow(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);

        Assert.DoesNotContain("  ", normalized);
    }
}
