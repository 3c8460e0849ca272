using Majordome.Dialogs.Commerce;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class QuantityChangeReaderTests
{
    [Theory]
    [InlineData("finalement mettez 6 étuis")]
    [InlineData("mets-en 3")]
    [InlineData("make it 4")]
    [InlineData("actually 5 sleeves")]
    [InlineData("plutôt 2")]
    [InlineData("en fait 3")]
    public void Read_WordThatReplaces_IsReplace(string text)
    {
        Assert.Equal(QuantityChange.Replace, QuantityChangeReader.Read(text));
    }

    [Theory]
    [InlineData("ajoute 2 étuis")]
    [InlineData("add 2 more")]
    [InlineData("encore 2")]
    [InlineData("2 de plus")]
    [InlineData("mets-en 2 de plus")]
    [InlineData("make it 2 more")]
    public void Read_WordThatAdds_IsAdd_EvenBesideAWordThatReplaces(string text)
    {
        Assert.Equal(QuantityChange.Add, QuantityChangeReader.Read(text));
    }

    [Theory]
    [InlineData("2 étuis d'arpeggio")]
    [InlineData("je veux 4")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_NeitherWord_IsNull(string? text)
    {
        Assert.Null(QuantityChangeReader.Read(text));
    }
}
