using Majordome.Dialogs.Understanding;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Corrector = new(["je veux reserver une table", "reserver une table samedi", "je veux acheter des capsules"]);

    [Theory]
    [InlineData("je veux resrever une tabel", "je veux reserver une table")]
    [InlineData("reservr une table", "reserver une table")]
    [InlineData("acheterr des capsules", "acheter des capsules")]
    public void Correct_WordOneEditFromAnExampleWord_PutsItBack(string typed, string expected)
    {
        Assert.Equal(expected, Corrector.Correct(typed));
    }

    [Theory]
    [InlineData("je veux reserver une table")]
    [InlineData("la tablette de chocolat")]
    [InlineData("fable")]
    [InlineData("commande 10423")]
    public void Correct_KnownWordsOrFarWordsOrOtherFirstLetter_AreKept(string typed)
    {
        Assert.Equal(typed, Corrector.Correct(typed));
    }

    [Theory]
    [InlineData("table", "tabel", true)]
    [InlineData("table", "tables", true)]
    [InlineData("table", "tale", true)]
    [InlineData("table", "cable", true)]
    [InlineData("table", "tbael", false)]
    [InlineData("table", "tablette", false)]
    public void OneEditApart_CountsSwapsOfNeighboursAsOneEdit(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypoCorrector.OneEditApart(a, b));
    }
}
