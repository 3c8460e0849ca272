using Majordome.Dialogs.Choices;

namespace Majordome.Tests.Dialogs.Choices;

public class TitleShortenerTests
{
    [Theory]
    [InlineData("Ajouter au panier", 20, "Ajouter au panier")]
    [InlineData("Voir les produits similaires", 20, "Voir les produits…")]
    [InlineData("Quelles sont vos options de livraison internationales ?", 20, "Quelles sont vos…")]
    [InlineData("Anticonstitutionnellement", 20, "Anticonstitutionnel…")]
    [InlineData("  deux\nlignes  ", 20, "deux lignes")]
    public void Shorten_CutsAtWordsWithEllipsis(string text, int max, string expected)
    {
        var shortened = TitleShortener.Shorten(text, max);
        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }

    [Fact]
    public void Shorten_EmojiAtTheLimit_IsNotCutInHalf()
    {
        var shortened = TitleShortener.Shorten("Café du jour ☕☕☕☕☕☕☕☕☕☕", 20);
        Assert.True(shortened.Length <= 20);
        Assert.False(char.IsHighSurrogate(shortened[^2]), shortened);
    }
}
