using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.Prompts;

public class ChoicePromptTests
{
    private static Func<string, PromptOptions> Coffees => SinglePromptDialog.Asking("Lequel ?", o => o.Choices =
    [
        new Choice("ristretto", "serré"),
        new Choice("lungo") { Action = new CardAction(ActionTypes.ImBack, "Lungo allongé", value: "Lungo allongé") },
        new Choice("décaféiné", "deca", "decaf"),
    ]);

    [Theory]
    [InlineData("fr", "ristretto", "ristretto")]
    [InlineData("fr", "Ristretto", "ristretto")]
    [InlineData("fr", "un serré s'il vous plaît", "ristretto")]
    [InlineData("fr", "Lungo allongé", "lungo")]
    [InlineData("fr", "decafeine", "décaféiné")]
    [InlineData("fr", "2", "lungo")]
    [InlineData("fr", "le troisième", "décaféiné")]
    [InlineData("en", "the first one", "ristretto")]
    [InlineData("en", "decaf please", "décaféiné")]
    [InlineData("en", "3", "décaféiné")]
    public async Task Answer_SelectsTheChoice(string language, string answer, string expected)
    {
        var (harness, _) = await PromptHarness.StartAsync(new ChoicePrompt("c"), Coffees, language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Contains($"\"Value\":\"{expected}\"", PromptHarness.Result(replies));
    }

    [Theory]
    [InlineData("fr", "un cappuccino", "pas compris votre choix")]
    [InlineData("en", "7", "didn't catch your choice")]
    [InlineData("en", "🙂", "didn't catch your choice")]
    public async Task UnknownAnswer_AsksAgainWithTheChoices(string language, string answer, string hint)
    {
        var (harness, _) = await PromptHarness.StartAsync(new ChoicePrompt("c"), Coffees, language, channelId: "webchat");

        var replies = await harness.AnswerAsync(answer);

        Assert.Null(PromptHarness.Result(replies));
        Assert.Contains(hint, replies.Last.Text);
        Assert.Equal(["ristretto", "Lungo allongé", "décaféiné"], replies.SuggestedActions);
    }

    [Theory]
    [InlineData("webchat", "en", "Tap one of the buttons")]
    [InlineData("webchat", "fr", "Touchez l'un des boutons")]
    [InlineData("sms", "en", "Type your choice")]
    [InlineData("sms", "fr", "Écrivez votre choix")]
    public async Task Help_NamesButtonsOnlyWhereTheyAreShown(string channelId, string language, string expected)
    {
        // Issue 14, defect 9: on a channel showing the choices as a text list, the help spoke of buttons.
        var (harness, question) = await PromptHarness.StartAsync(new ChoicePrompt("c"), Coffees, language, channelId);
        var hasButtons = question.SuggestedActions.Count > 0;

        var replies = await harness.AnswerAsync(language == "fr" ? "aide" : "help");

        Assert.Equal(channelId == "webchat", hasButtons);
        Assert.Contains(expected, replies.Text);
        Assert.Equal(hasButtons, replies.Text.Contains(language == "fr" ? "bouton" : "button", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ButtonValue_FromACard_SelectsLikeTyping()
    {
        var (harness, _) = await PromptHarness.StartAsync(new ChoicePrompt("c"), Coffees);

        var replies = await harness.ClickAsync(new { choice = "lungo" });

        Assert.Contains("\"Value\":\"lungo\"", PromptHarness.Result(replies));
    }

    [Fact]
    public async Task HeroCardStyle_PutsButtonsOnACard()
    {
        var (_, question) = await PromptHarness.StartAsync(new ChoicePrompt("c") { Style = ListStyle.HeroCard }, Coffees);

        var card = Assert.Single(question.Last.Attachments);
        Assert.Equal(HeroCard.ContentType, card.ContentType);
    }
}
