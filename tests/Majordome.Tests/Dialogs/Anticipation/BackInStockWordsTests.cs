using Majordome.Dialogs.Anticipation.BackInStock;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>The customer's words asking to be told when a product is back, and taking it when it is; questions are neither.</summary>
public sealed class BackInStockWordsTests
{
    [Theory]
    [InlineData("Prévenez-moi")]
    [InlineData("prévenez-moi quand il revient")]
    [InlineData("oui tenez-moi au courant")]
    [InlineData("Notify me")]
    [InlineData("let me know when it's back")]
    [InlineData("yes please, keep me posted")]
    public void AsksToBeTold(string text) => Assert.True(BackInStockWords.AsksToBeTold(text));

    [Theory]
    [InlineData("vous me prévenez quand il revient ?")]
    [InlineData("oui")]
    [InlineData("je voudrais savoir si vous pouvez me tenir au courant de toutes les nouveautés de la boutique de Lyon et de Paris")]
    [InlineData("")]
    [InlineData(null)]
    public void DoesNotAskToBeTold(string? text) => Assert.False(BackInStockWords.AsksToBeTold(text));

    [Theory]
    [InlineData("Ajouter au panier")]
    [InlineData("oui je le prends")]
    [InlineData("Add to cart")]
    [InlineData("great, I'll take it")]
    public void TakesIt(string text) => Assert.True(BackInStockWords.TakesIt(text));

    [Theory]
    [InlineData("je le prends ou pas ?")]
    [InlineData("oui")]
    [InlineData("comment ajouter au panier un produit que j'ai vu hier dans la boutique de Lyon avec ma soeur")]
    public void DoesNotTakeIt(string text) => Assert.False(BackInStockWords.TakesIt(text));
}
