using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Prompts;

public class NumberPromptTests
{
    private static Func<string, PromptOptions> Party => SinglePromptDialog.Asking("Combien ?", o => o.Validations = JToken.FromObject(new NumberRange(1, 8)));

    [Theory]
    [InlineData("fr", "4", "4")]
    [InlineData("fr", "quatre", "4")]
    [InlineData("fr", "nous serons 6", "6")]
    [InlineData("en", "four", "4")]
    [InlineData("en", "8", "8")]
    [InlineData("en", "  3  ", "3")]
    public async Task Int_ValidAnswer_ReturnsTheNumber(string language, string answer, string expected)
    {
        var (harness, _) = await PromptHarness.StartAsync(new NumberPrompt<int>("n"), Party, language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Equal(expected, PromptHarness.Result(replies));
    }

    [Theory]
    [InlineData("fr", "12", "entre 1 et 8")]
    [InlineData("fr", "0", "entre 1 et 8")]
    [InlineData("en", "12", "between 1 and 8")]
    [InlineData("fr", "2,5", "nombre entier")]
    [InlineData("en", "2.5", "whole number")]
    [InlineData("fr", "beaucoup", "il me faut un nombre")]
    [InlineData("en", "lots", "I need a number")]
    [InlineData("en", "", "I need a number")]
    public async Task Int_InvalidAnswer_ExplainsAndAsksAgain(string language, string answer, string hint)
    {
        var (harness, _) = await PromptHarness.StartAsync(new NumberPrompt<int>("n"), Party, language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Null(PromptHarness.Result(replies));
        Assert.Contains(hint, replies.Last.Text);
        Assert.EndsWith("Combien ?", replies.Last.Text);
    }

    [Theory]
    [InlineData("fr", "2,5", "2.5")]
    [InlineData("en", "2.5", "2.5")]
    public async Task Decimal_Fraction_UsesTheLanguageSeparator(string language, string answer, string expected)
    {
        var (harness, _) = await PromptHarness.StartAsync(new NumberPrompt<decimal>("n"), SinglePromptDialog.Asking("Combien ?"), language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Equal(expected, PromptHarness.Result(replies));
    }

    [Fact]
    public void Constructor_UnsupportedType_Throws()
    {
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<byte>("n"));
    }
}
