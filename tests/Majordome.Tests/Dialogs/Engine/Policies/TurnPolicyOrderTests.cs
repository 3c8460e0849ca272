using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.Engine.Policies;

/// <summary>
/// The order of the turn policies, seen through a prompt run by the real dialog manager: the waiting question's
/// own answer comes before commands and small talk, and a question that takes any text takes small talk too.
/// </summary>
public class TurnPolicyOrderTests
{
    private static Func<string, PromptOptions> Choices(params string[] titles) => SinglePromptDialog.Asking("Que faire ?", o =>
        o.Choices = titles.Select(t => new Choice(t.ToLowerInvariant()) { Action = new CardAction(ActionTypes.ImBack, t, value: t) }).ToList());

    [Fact]
    public async Task ChoiceTitledLikeACommand_Typed_IsTheAnswerNotTheCommand()
    {
        var (prompt, _) = await PromptHarness.StartAsync(new ChoicePrompt("choice"), Choices("Autre question", "Menu"));

        var replies = await prompt.AnswerAsync("Menu");

        Assert.Contains("\"Value\":\"menu\"", PromptHarness.Result(replies));
    }

    [Fact]
    public async Task Command_NotAChoice_StillWorksAtAChoicePrompt()
    {
        var (prompt, _) = await PromptHarness.StartAsync(new ChoicePrompt("choice"), Choices("Rouge", "Vert"));

        var replies = await prompt.AnswerAsync("aide");

        Assert.Null(PromptHarness.Result(replies));
        Assert.Contains("Rouge, Vert", replies.Text);
    }

    [Fact]
    public async Task SmallTalk_AtAChoicePrompt_GetsAShortReplyAndTheQuestionAgain()
    {
        var (prompt, _) = await PromptHarness.StartAsync(new ChoicePrompt("choice"), Choices("Rouge", "Vert"));

        var replies = await prompt.AnswerAsync("merci");

        Assert.Null(PromptHarness.Result(replies));
        Assert.Equal("Avec plaisir !", replies.Messages[0].Text);
        Assert.StartsWith("Que faire ?", replies.Last.Text);
    }

    [Fact]
    public async Task SmallTalk_AtAQuestionTakingAnyText_IsTheAnswer()
    {
        var (prompt, _) = await PromptHarness.StartAsync(new TextPrompt("comment"), SinglePromptDialog.Asking("Un commentaire ?"));

        var replies = await prompt.AnswerAsync("Parfait, merci");

        Assert.Equal("\"Parfait, merci\"", PromptHarness.Result(replies));
    }

    [Fact]
    public async Task Question_AtAQuestionWhoseAnswerIsNoQuestion_IsNotTakenAndTheQuestionIsAskedAgain()
    {
        var (prompt, _) = await PromptHarness.StartAsync(new TextPrompt("name", questionsAreAnswers: false), SinglePromptDialog.Asking("À quel nom ?"));

        var replies = await prompt.AnswerAsync("vous avez un parking pour les vélos ?");

        Assert.Null(PromptHarness.Result(replies));
        Assert.Equal("Je n'ai pas de réponse sûre à cette question ici. À quel nom ?", replies.Last.Text);
        Assert.Equal("\"Yanis\"", PromptHarness.Result(await prompt.AnswerAsync("Yanis")));
    }

    [Theory]
    [InlineData("Can Demir")]
    [InlineData("Do Van Long")]
    [InlineData("Est Bernard")]
    public async Task NameStartingWithAQuestionWord_AtAQuestionWhoseAnswerIsNoQuestion_IsTheAnswer(string name)
    {
        // Only a question mark makes a name a question: "Can", "Do" and "Est" are names too.
        var (prompt, _) = await PromptHarness.StartAsync(new TextPrompt("name", questionsAreAnswers: false), SinglePromptDialog.Asking("À quel nom ?"));

        var replies = await prompt.AnswerAsync(name);

        Assert.Equal($"\"{name}\"", PromptHarness.Result(replies));
    }

    [Fact]
    public async Task NaturalYes_AtAConfirmation_IsTheAnswer()
    {
        var (prompt, _) = await PromptHarness.StartAsync(new ConfirmPrompt("confirm"), SinglePromptDialog.Asking("Je réserve ?"));

        var replies = await prompt.AnswerAsync("oui c'est parfait");

        Assert.Equal("true", PromptHarness.Result(replies));
    }

    [Theory]
    [InlineData("ok merci", "\"Value\":\"oui, merci\"")]
    [InlineData("non pas du tout", "\"Value\":\"pas vraiment\"")]
    public async Task YesNoChoices_TypedYesOrNo_PicksThem(string text, string expected)
    {
        var (prompt, _) = await PromptHarness.StartAsync(new ChoicePrompt("choice"), SinglePromptDialog.Asking("Cette réponse vous a-t-elle aidé ?", o =>
        {
            o.Choices = [new Choice("oui, merci"), new Choice("pas vraiment")];
            o.IsYesNo = true;
        }));

        var replies = await prompt.AnswerAsync(text);

        Assert.Contains(expected, PromptHarness.Result(replies));
    }

    [Fact]
    public async Task Answer_RecognizedByThePolicies_IsNotRecognizedTwice()
    {
        var counting = new CountingChoicePrompt();
        var (prompt, _) = await PromptHarness.StartAsync(counting, Choices("Rouge", "Vert"));

        var replies = await prompt.AnswerAsync("vert");

        Assert.Contains("\"Value\":\"vert\"", PromptHarness.Result(replies));
        Assert.Equal(1, counting.Recognitions);
    }

    private sealed class CountingChoicePrompt() : ChoicePrompt("counting")
    {
        public int Recognitions { get; private set; }

        protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(Microsoft.Bot.Builder.ITurnContext turnContext, Newtonsoft.Json.Linq.JObject state, PromptOptions options, CancellationToken cancellationToken)
        {
            Recognitions++;
            return base.OnRecognizeAsync(turnContext, state, options, cancellationToken);
        }
    }
}
