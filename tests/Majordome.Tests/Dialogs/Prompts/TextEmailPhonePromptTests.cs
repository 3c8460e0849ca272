using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Prompts;

public class TextEmailPhonePromptTests
{
    [Theory]
    [InlineData("Marie Curie", "\"Marie Curie\"")]
    [InlineData("  Zoë  ", "\"Zoë\"")]
    [InlineData("'; DROP TABLE users; --", "\"'; DROP TABLE users; --\"")]
    [InlineData("null", "\"null\"")]
    public async Task Text_AnyText_IsReturnedTrimmed(string answer, string expected)
    {
        var (harness, _) = await PromptHarness.StartAsync(new TextPrompt("t"), SinglePromptDialog.Asking("Nom ?"));

        var replies = await harness.AnswerAsync(answer);

        Assert.Equal(expected, PromptHarness.Result(replies));
    }

    [Fact]
    public async Task Text_ValueFromAButton_IsTheAnswer()
    {
        var (harness, _) = await PromptHarness.StartAsync(new TextPrompt("t"), SinglePromptDialog.Asking("Nom ?"));

        var replies = await harness.ClickAsync(new { value = "Marie" });

        Assert.Equal("\"Marie\"", PromptHarness.Result(replies));
    }

    [Fact]
    public async Task Text_WithValidator_RefusesWhatTheValidatorRefuses()
    {
        var prompt = new TextPrompt("t", (context, _) => Task.FromResult(context.Recognized.Value?.Length >= 2));
        var (harness, _) = await PromptHarness.StartAsync(prompt, SinglePromptDialog.Asking("Nom ?"));

        var refused = await harness.AnswerAsync("M");
        var accepted = await harness.AnswerAsync("Marie");

        Assert.Null(PromptHarness.Result(refused));
        Assert.EndsWith("Nom ?", refused.Last.Text);
        Assert.Equal("\"Marie\"", PromptHarness.Result(accepted));
    }

    [Theory]
    [InlineData("fr", "c'est jean.dupont@exemple.fr merci", "\"jean.dupont@exemple.fr\"")]
    [InlineData("en", "Jane.Doe@Example.COM", "\"Jane.Doe@example.com\"")]
    public async Task Email_InASentence_IsFound(string language, string answer, string expected)
    {
        var (harness, _) = await PromptHarness.StartAsync(new EmailPrompt("e"), SinglePromptDialog.Asking("E-mail ?"), language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Equal(expected, PromptHarness.Result(replies));
    }

    [Theory]
    [InlineData("fr", "jean@", "ne ressemble pas à une adresse e-mail")]
    [InlineData("en", "jane at example dot com", "doesn't look like an email address")]
    public async Task Email_Invalid_AsksAgain(string language, string answer, string hint)
    {
        var (harness, _) = await PromptHarness.StartAsync(new EmailPrompt("e"), SinglePromptDialog.Asking("E-mail ?"), language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Null(PromptHarness.Result(replies));
        Assert.Contains(hint, replies.Last.Text);
    }

    [Theory]
    [InlineData("06 12 34 56 78", "\"+33612345678\"")]
    [InlineData("+33 6 12 34 56 78", "\"+33612345678\"")]
    [InlineData("+44 20 7946 0958", "\"+442079460958\"")]
    public async Task Phone_CommonWritings_AreNormalized(string answer, string expected)
    {
        var (harness, _) = await PromptHarness.StartAsync(new PhonePrompt("p"), SinglePromptDialog.Asking("Téléphone ?"));

        var replies = await harness.AnswerAsync(answer);

        Assert.Equal(expected, PromptHarness.Result(replies));
    }

    [Theory]
    [InlineData("fr", "12 34", "ne ressemble pas à un numéro")]
    [InlineData("en", "call me", "doesn't look like a phone number")]
    public async Task Phone_Invalid_AsksAgain(string language, string answer, string hint)
    {
        var (harness, _) = await PromptHarness.StartAsync(new PhonePrompt("p"), SinglePromptDialog.Asking("Téléphone ?"), language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Null(PromptHarness.Result(replies));
        Assert.Contains(hint, replies.Last.Text);
    }
}
