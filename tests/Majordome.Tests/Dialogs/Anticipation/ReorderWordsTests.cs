using Majordome.Dialogs.Anticipation.Reorder;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>"La même chose" asks for the last order again; a question that merely compares two things does not.</summary>
public sealed class ReorderWordsTests
{
    [Theory]
    [InlineData("La même chose")]
    [InlineData("oui, la même chose")]
    [InlineData("Oui la même chose que la dernière fois stp")]
    [InlineData("comme la dernière fois")]
    [InlineData("Same again")]
    [InlineData("yes, the same as last time please")]
    public void AsksForTheSameAgain(string text) => Assert.True(ReorderWords.AskForTheSameAgain(text));

    [Theory]
    [InlineData("c'est la même chose que le Lungo ?")]
    [InlineData("is the Arpeggio the same thing as the Ristretto?")]
    [InlineData("je voudrais savoir si vous livrez la même chose en Belgique et en Suisse le samedi matin")]
    [InlineData("pouvez-vous me recommander un café")]
    [InlineData("I'd like to reorder 3 sleeves of Granit")]
    [InlineData("la même chose que d'habitude : 2 granit")]
    [InlineData("")]
    [InlineData(null)]
    public void DoesNotAskForTheSameAgain(string? text) => Assert.False(ReorderWords.AskForTheSameAgain(text));
}
