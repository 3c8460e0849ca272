using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.Recognition;

public class ChoiceRecognizerTests
{
    private static readonly Choice[] FrenchMenu =
    [
        new("Réserver une table", "réservation"),
        new("Commander des capsules"),
        new("Trouver une boutique", "magasin"),
        new("Parler à un conseiller"),
    ];

    private static readonly Choice[] EnglishMenu =
    [
        new("Book a table"),
        new("Order capsules"),
        new("Find a shop", "store"),
    ];

    [Theory]
    [InlineData("Réserver une table", 0)]
    [InlineData("réserver une table", 0)]
    [InlineData("RESERVER UNE TABLE !", 0)]
    [InlineData("réservation", 0)]
    [InlineData("magasin", 2)]
    [InlineData("commander des capsules.", 1)]
    public void Recognize_ExactValueOrSynonym_ScoresOne(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, FrenchMenu, Languages.French);

        Assert.NotNull(found);
        Assert.Equal(index, found.Index);
        Assert.Equal(FrenchMenu[index].Value, found.Value);
        Assert.Equal(1, found.Score);
    }

    [Theory]
    [InlineData("pour dire merci", 2)]
    [InlineData("c'est un merci", 2)]
    [InlineData("pour un anniversaire", 1)]
    public void Recognize_ChoiceOfStopWords_KeepsThoseWordsInTheAnswer(string text, int index)
    {
        // "Un merci" is made of words that are noise elsewhere ("merci" after a choice is politeness).
        Choice[] occasions = [new("Noël"), new("Un anniversaire"), new("Un merci")];

        var found = ChoiceRecognizer.Recognize(text, occasions, Languages.French);

        Assert.NotNull(found);
        Assert.Equal(index, found.Index);
    }

    [Fact]
    public void Recognize_PoliteMerciAfterAChoice_StillPicksTheChoice()
    {
        var found = ChoiceRecognizer.Recognize("commander des capsules merci", FrenchMenu, Languages.French);

        Assert.NotNull(found);
        Assert.Equal(1, found.Index);
    }

    [Fact]
    public void Recognize_ActionTitle_MatchesExactly()
    {
        var choices = new[] { new Choice("book") { Action = new CardAction { Title = "Réserver" } }, new Choice("shop") };

        var found = ChoiceRecognizer.Recognize("réserver", choices, Languages.French);

        Assert.Equal(new FoundChoice("book", 0, 1, "Réserver"), found);
    }

    [Theory]
    [InlineData("le premier", 0)]
    [InlineData("la première", 0)]
    [InlineData("1er", 0)]
    [InlineData("le deuxième", 1)]
    [InlineData("la 2e", 1)]
    [InlineData("la 2ème", 1)]
    [InlineData("la 2ᵉ", 1)]
    [InlineData("le second", 1)]
    [InlineData("je prends la troisième", 2)]
    [InlineData("le dernier", 3)]
    [InlineData("la dernière", 3)]
    [InlineData("l'avant-dernier", 2)]
    [InlineData("numéro 2", 1)]
    [InlineData("n°3", 2)]
    [InlineData("2", 1)]
    [InlineData("  4 ", 3)]
    [InlineData("deux", 1)]
    [InlineData("la 2e option svp", 1)]
    public void Recognize_FrenchPosition_ReturnsIndex(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, FrenchMenu, Languages.French);

        Assert.NotNull(found);
        Assert.Equal(index, found.Index);
        Assert.Equal(1, found.Score);
    }

    [Theory]
    [InlineData("the first one", 0)]
    [InlineData("first", 0)]
    [InlineData("the second", 1)]
    [InlineData("2nd", 1)]
    [InlineData("3rd", 2)]
    [InlineData("the last one", 2)]
    [InlineData("last", 2)]
    [InlineData("option 3", 2)]
    [InlineData("number 1 please", 0)]
    [InlineData("one", 0)]
    [InlineData("two", 1)]
    [InlineData("#2", 1)]
    public void Recognize_EnglishPosition_ReturnsIndex(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, EnglishMenu, Languages.English);

        Assert.NotNull(found);
        Assert.Equal(index, found.Index);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("the fifth")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    public void Recognize_PositionOutOfRange_ReturnsNull(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, EnglishMenu, Languages.English));
    }

    [Fact]
    public void Recognize_ExactValueThatIsANumber_WinsOverPosition()
    {
        var sizes = new[] { new Choice("4"), new Choice("2"), new Choice("6") };

        var found = ChoiceRecognizer.Recognize("2", sizes, Languages.French);

        Assert.Equal(1, found?.Index);
    }

    [Theory]
    [InlineData("je voudrais réserver", 0)]
    [InlineData("une réservation pour ce soir", 0)]
    [InlineData("des capsules", 1)]
    [InlineData("je cherche un magasin près de chez moi", 2)]
    [InlineData("une boutique", 2)]
    [InlineData("un conseiller svp", 3)]
    public void Recognize_FrenchPartialAnswer_MatchesFuzzily(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, FrenchMenu, Languages.French);

        Assert.NotNull(found);
        Assert.Equal(index, found.Index);
        Assert.InRange(found.Score, 0.25, 0.99);
    }

    [Theory]
    [InlineData("I'd like to book", 0)]
    [InlineData("capsules please", 1)]
    [InlineData("where is your store", 2)]
    [InlineData("a shop", 2)]
    public void Recognize_EnglishPartialAnswer_MatchesFuzzily(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, EnglishMenu, Languages.English);

        Assert.Equal(index, found?.Index);
    }

    [Fact]
    public void Recognize_TwoChoicesEquallyClose_ReturnsNull()
    {
        var choices = new[] { new Choice("Réserver une table"), new Choice("Réserver un atelier") };

        Assert.Null(ChoiceRecognizer.Recognize("je voudrais réserver", choices, Languages.French));
    }

    [Fact]
    public void Recognize_BetterCoveredChoice_WinsOverCloseOne()
    {
        var choices = new[] { new Choice("Réserver une table"), new Choice("Réserver un atelier dégustation") };

        var found = ChoiceRecognizer.Recognize("réserver un atelier", choices, Languages.French);

        Assert.Equal(1, found?.Index);
    }

    [Theory]
    [InlineData("bonjour")]
    [InlineData("je ne sais pas")]
    [InlineData("the")]
    [InlineData("xyz")]
    [InlineData("?")]
    public void Recognize_UnrelatedAnswer_ReturnsNull(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, FrenchMenu, Languages.French));
    }

    [Fact]
    public void Recognize_NoChoices_ReturnsNull()
    {
        Assert.Null(ChoiceRecognizer.Recognize("oui", [], Languages.French));
    }

    [Fact]
    public void Recognize_NullChoices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ChoiceRecognizer.Recognize("oui", null!, Languages.French));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Recognize_NaughtyString_ReturnsNull(string? text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, FrenchMenu, Languages.French));
        Assert.Null(ChoiceRecognizer.Recognize(text, EnglishMenu, Languages.English));
    }
}
