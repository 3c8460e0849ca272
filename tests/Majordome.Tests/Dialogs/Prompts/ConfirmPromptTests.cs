using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Prompts;

public class ConfirmPromptTests
{
    private static Func<string, PromptOptions> Question => SinglePromptDialog.Asking("On confirme ?");

    [Theory]
    [InlineData("webchat", "en", "Answer yes or no, or tap one of the buttons.")]
    [InlineData("sms", "en", "Answer yes or no.")]
    [InlineData("sms", "fr", "Répondez oui ou non.")]
    public async Task Help_NamesButtonsOnlyWhereTheyAreShown(string channelId, string language, string expected)
    {
        // Issue 14, defect 9: help must not send the customer looking for buttons the channel does not show.
        var (harness, _) = await PromptHarness.StartAsync(new ConfirmPrompt("c"), Question, language, channelId);

        var replies = await harness.AnswerAsync(language == "fr" ? "aide" : "help");

        Assert.Equal(expected, replies.Messages[0].Text);
    }

    [Theory]
    [InlineData("fr", "oui", "true")]
    [InlineData("fr", "Ouais !", "true")]
    [InlineData("fr", "d'accord", "true")]
    [InlineData("fr", "non merci", "false")]
    [InlineData("fr", "pas du tout", "false")]
    [InlineData("fr", "1", "true")]
    [InlineData("fr", "2", "false")]
    [InlineData("en", "yes", "true")]
    [InlineData("en", "sure", "true")]
    [InlineData("en", "nope", "false")]
    [InlineData("en", "OK", "true")]
    public async Task Answer_IsRecognizedInEitherLanguage(string language, string answer, string expected)
    {
        var (harness, _) = await PromptHarness.StartAsync(new ConfirmPrompt("c"), Question, language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Equal(expected, PromptHarness.Result(replies));
    }

    [Theory]
    [InlineData("fr", "peut-être", "oui ou par non")]
    [InlineData("en", "maybe", "yes or no")]
    public async Task Ambiguous_AsksAgain(string language, string answer, string hint)
    {
        var (harness, _) = await PromptHarness.StartAsync(new ConfirmPrompt("c"), Question, language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Null(PromptHarness.Result(replies));
        Assert.Contains(hint, replies.Last.Text);
    }

    [Theory]
    [InlineData("fr", "On confirme ? (1) Oui ou (2) Non")]
    [InlineData("en", "On confirme ? (1) Yes or (2) No")]
    public async Task Question_OnTextOnlyChannel_ListsLocalizedYesNo(string language, string expected)
    {
        var (_, question) = await PromptHarness.StartAsync(new ConfirmPrompt("c"), Question, language);

        Assert.Equal(expected, question.Last.Text);
    }

    [Fact]
    public async Task Question_OnMessenger_ShowsQuickReplies()
    {
        var (_, question) = await PromptHarness.StartAsync(new ConfirmPrompt("c"), Question, "fr", channelId: "facebook");

        Assert.Equal(["Oui", "Non"], question.SuggestedActions);
    }
}
