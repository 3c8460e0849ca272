using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Engine;

/// <summary>Every prompt kind in one waterfall, completed end to end in both languages.</summary>
public class FormConversationTests
{
    [Fact]
    public async Task Form_InFrench_CompletesWithEveryAnswerTyped()
    {
        var harness = FormScript.NewHarness();

        var first = await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 0);
        Assert.Contains("Q1 Votre nom ?", first.Text);
        Replies replies = first;
        for (var i = 0; i < 6; i++)
        {
            replies = await harness.SendAsync(FormScript.FrenchAnswers[i]);
        }

        Assert.StartsWith("Q7", replies.Last.Text);

        var done = await harness.SendAsync("oui");

        Assert.Contains($"FORM DONE {FormScript.FrenchSummary}", done.Text);
        Assert.Contains($"ROOT got {FormScript.FrenchSummary}", done.Text);
    }

    [Fact]
    public async Task Form_InEnglish_CompletesWithEnglishAnswers()
    {
        var harness = FormScript.NewHarness();

        var replies = await FormScript.AnswerFirstAsync(harness, "hello", FormScript.EnglishAnswers, 7);

        Assert.Contains($"FORM DONE {FormScript.EnglishSummary}", replies.Text);
    }

    [Fact]
    public async Task Form_AnswerNo_IsDiscarded()
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 6);

        var replies = await harness.SendAsync("non merci");

        Assert.Contains("FORM DISCARDED", replies.Text);
    }

    [Fact]
    public async Task ChoiceStep_OnTestChannel_ListsChoicesInline()
    {
        var harness = FormScript.NewHarness();

        var replies = await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 5);

        Assert.Equal("Q6 Quelle couleur ? (1) rouge, (2) vert ou (3) bleu", replies.Last.Text);
    }

    [Fact]
    public async Task ChoiceStep_OnWebChat_ShowsSuggestedActions()
    {
        var harness = FormScript.NewHarness(channelId: "webchat");

        var replies = await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 5);

        Assert.Equal(["rouge", "vert", "bleu"], replies.SuggestedActions);
        Assert.Equal("Q6 Quelle couleur ?", replies.Last.Text);
    }

    [Fact]
    public async Task ChoiceStep_ByNumberOrOrdinal_PicksThatChoice()
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 5);

        await harness.SendAsync("3");
        var replies = await harness.SendAsync("oui");

        Assert.EndsWith("|bleu", replies.Text.Split('\n')[0]);
    }
}
