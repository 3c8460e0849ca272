using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;

namespace Majordome.Tests.Dialogs.Engine;

public class WaterfallDialogTests
{
    [Fact]
    public async Task NextAsync_SkipsToTheNextStepWithItsResult()
    {
        var harness = Root(
            (step, ct) => step.NextAsync(41, ct),
            (step, ct) => Say(step, $"got {step.GetResult<int>() + 1}", ct));

        var replies = await harness.SendAsync("bonjour");

        Assert.Contains("got 42", replies.Text);
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_ThrowsNamingTheStep()
    {
        var harness = Root(
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(new DialogTurnResult(DialogTurnStatus.Waiting)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SendAsync("bonjour"));

        Assert.Contains("already called", error.Message);
    }

    [Fact]
    public async Task Values_AreJsonAndReadTypedInTheSameTurnAndTheNext()
    {
        var harness = Root(
            (step, ct) =>
            {
                step.Values.Set("count", 3);
                step.Values.Set("when", new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.FromHours(1)));
                step.Values.Set("tags", new[] { "a", "b" });
                return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Q?") }, ct);
            },
            (step, ct) => Say(step, $"{step.Values.Get<int>("count")}|{step.Values.Get<DateTimeOffset>("when"):O}|{string.Join(",", step.Values.Get<string[]>("tags")!)}|{step.GetResult<string>()}", ct));

        await harness.SendAsync("bonjour");
        var replies = await harness.SendAsync("answer");

        Assert.Contains("3|2026-12-05T12:00:00.0000000+01:00|a,b|answer", replies.Text);
    }

    [Fact]
    public async Task Options_AreReadAsATypedRecord()
    {
        var harness = new ConversationHarness(rootDialog: _ => new ComponentWith(
            new WaterfallDialog("outer", [(step, ct) => step.BeginDialogAsync("inner", new Party(4, "Lyon"), ct)]),
            new WaterfallDialog("inner", [(step, ct) => Say(step, $"{step.GetOptions<Party>()}", ct)])));

        var replies = await harness.SendAsync("bonjour");

        Assert.Contains("Party { Size = 4, City = Lyon }", replies.Text);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_ThrowsWithTheFix()
    {
        var harness = Root((step, ct) => step.BeginDialogAsync("nope", null, ct));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.SendAsync("bonjour"));

        Assert.Contains("'nope' wasn't found", error.Message);
    }

    [Fact]
    public async Task BeginDialogAsync_TokenPassedAsOptions_IsCaught()
    {
        var harness = Root((step, ct) => step.BeginDialogAsync("text", ct, ct));

        await Assert.ThrowsAsync<ArgumentException>(() => harness.SendAsync("bonjour"));
    }

    private static ConversationHarness Root(params WaterfallStep[] steps) =>
        new(rootDialog: _ => new ComponentWith(new WaterfallDialog("steps", steps), new TextPrompt("text")));

    private static async Task<DialogTurnResult> Say(WaterfallStepContext step, string text, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(text), ct);
        return await step.EndDialogAsync(null, ct);
    }

    private sealed record Party(int Size, string City);

    private sealed class ComponentWith : ComponentDialog
    {
        public ComponentWith(params Dialog[] dialogs)
            : base("root")
        {
            foreach (var dialog in dialogs)
            {
                AddDialog(dialog);
            }
        }
    }
}
