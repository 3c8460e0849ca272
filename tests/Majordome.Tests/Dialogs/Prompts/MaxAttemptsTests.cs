using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.Prompts;

public class MaxAttemptsTests
{
    [Fact]
    public async Task DefaultMaxAttempts_ThirdWrongAnswer_GivesUpClearlyAndStartsAgain()
    {
        var (harness, _) = await PromptHarness.StartAsync(new NumberPrompt<int>("n"), SinglePromptDialog.Asking("Combien ?"));

        var first = await harness.AnswerAsync("beaucoup");
        var second = await harness.AnswerAsync("plein");
        var third = await harness.AnswerAsync("énormément");

        Assert.EndsWith("Combien ?", first.Last.Text);
        Assert.EndsWith("Combien ?", second.Last.Text);
        Assert.Contains("je ne comprends toujours pas", third.Text);

        // Nobody is stranded: the conversation starts again with the root's first question.
        Assert.Equal("Combien ?", third.Last.Text);
    }

    [Fact]
    public async Task CustomMaxAttempts_AndMessage_AreHonoured()
    {
        var options = SinglePromptDialog.Asking("How many?", o =>
        {
            o.MaxAttempts = 1;
            o.TooManyAttemptsMessage = (Activity)MessageFactory.Text("Let's leave it there.");
        });
        var (harness, _) = await PromptHarness.StartAsync(new NumberPrompt<int>("n"), options, "en");

        var replies = await harness.AnswerAsync("lots");

        Assert.Contains("Let's leave it there.", replies.Text);
    }

    [Fact]
    public async Task ZeroMaxAttempts_NeverGivesUp()
    {
        var (harness, _) = await PromptHarness.StartAsync(new NumberPrompt<int>("n"), SinglePromptDialog.Asking("Combien ?", o => o.MaxAttempts = 0));

        for (var i = 0; i < 10; i++)
        {
            var replies = await harness.AnswerAsync("beaucoup");
            Assert.DoesNotContain("toujours pas", replies.Text);
        }

        Assert.Equal("3", PromptHarness.Result(await harness.AnswerAsync("3")));
    }

    [Fact]
    public async Task RetryPrompt_WhenSet_ReplacesTheHint()
    {
        var options = SinglePromptDialog.Asking("Combien ?", o => o.RetryPrompt = (Activity)MessageFactory.Text("Un chiffre, svp."));
        var (harness, _) = await PromptHarness.StartAsync(new NumberPrompt<int>("n"), options);

        var replies = await harness.AnswerAsync("beaucoup");

        Assert.Equal("Un chiffre, svp.", replies.Last.Text);
    }

    [Fact]
    public async Task Validator_SeesTheAttemptCount()
    {
        var counts = new List<int>();
        var prompt = new TextPrompt("t", (context, _) =>
        {
            counts.Add(context.AttemptCount);
            return Task.FromResult(context.AttemptCount >= 2);
        });
        var (harness, _) = await PromptHarness.StartAsync(prompt, SinglePromptDialog.Asking("Nom ?"));

        await harness.AnswerAsync("a");
        var replies = await harness.AnswerAsync("b");

        Assert.Equal([1, 2], counts);
        Assert.Equal("\"b\"", PromptHarness.Result(replies));
    }
}
