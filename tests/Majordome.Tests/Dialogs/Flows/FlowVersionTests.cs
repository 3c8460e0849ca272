using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Bot.Hosting;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>
/// Customers in the middle of a flow whose file changes (hot reload, or a restart with new files): unchanged
/// steps carry on, changed steps restart the flow with an apology, a deleted flow brings them back to the menu.
/// </summary>
public sealed class FlowVersionTests : IDisposable
{
    private const string Updated = "Cette conversation vient d'être mise à jour : reprenons-la depuis le début.";
    private const string Removed = "Désolé, cette conversation n'est plus disponible. Revenons au menu.";

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The catalog of exactly these files, read by the real loader (so versions are the files' hashes).</summary>
    private FlowCatalog Catalog(params string[] quizFiles)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(_folder.Directory, FlowLoader.FolderName)))
        {
            File.Delete(file);
        }

        for (var i = 0; i < quizFiles.Length; i++)
        {
            _folder.Write($"flow-{i}.yaml", quizFiles[i]);
        }

        var result = _folder.Load();
        Assert.Empty(result.Problems);
        return new FlowCatalog(result.Flows);
    }

    /// <summary>A customer who started the quiz and is asked its question.</summary>
    private static async Task<ConversationHarness> MidQuizAsync(FlowCatalogSource source, Microsoft.Bot.Builder.IStorage? storage = null)
    {
        var harness = new ConversationHarness(storage: storage, flowSource: source);
        await harness.SendAsync("bonjour");
        var started = await harness.SendAsync("je veux faire le quiz");
        Assert.Contains("Bienvenue au quiz !", started.Text, StringComparison.Ordinal);
        Assert.Contains("Votre réponse ?", started.Text, StringComparison.Ordinal);
        return harness;
    }

    [Fact]
    public async Task FlowAddedWhileRunning_IsStartedByItsKeyword()
    {
        var source = new FlowCatalogSource(Catalog());
        var harness = new ConversationHarness(flowSource: source);
        await harness.SendAsync("bonjour");

        source.Publish(Catalog(ReloadFlows.Quiz()));
        var replies = await harness.SendAsync("je veux faire le quiz");

        Assert.Contains("Bienvenue au quiz !", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepsUnchanged_TitleAndKeywordChanged_TheCustomerCarriesOn()
    {
        var source = new FlowCatalogSource(Catalog(ReloadFlows.Quiz()));
        var harness = await MidQuizAsync(source);

        source.Publish(Catalog(ReloadFlows.Quiz(title: "Le grand quiz", keyword: "devinette")));
        var replies = await harness.SendAsync("Paris");

        Assert.Contains("Merci pour Paris.", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Updated, replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionChangedKind_TheCustomerIsToldAndTheNewVersionStartsFromItsBeginning()
    {
        var source = new FlowCatalogSource(Catalog(ReloadFlows.Quiz()));
        var harness = await MidQuizAsync(source);

        source.Publish(Catalog(ReloadFlows.Quiz(welcome: "Voici le nouveau quiz !", kind: "number")));
        var restarted = await harness.SendAsync("Paris");
        var answered = await harness.SendAsync("42");

        Assert.Equal([Updated, "Voici le nouveau quiz !", "Votre réponse ?"], restarted.Messages.Select(m => m.Text));
        Assert.Contains("Merci pour 42.", answered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepBeforeTheQuestionChanged_TheCustomerCarriesOn()
    {
        var source = new FlowCatalogSource(Catalog(ReloadFlows.Quiz()));
        var harness = await MidQuizAsync(source);

        source.Publish(Catalog(ReloadFlows.Quiz(welcome: "Voici le nouveau quiz !")));
        var replies = await harness.SendAsync("Paris");

        Assert.Contains("Merci pour Paris.", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Updated, replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepsChanged_InEnglish_TheApologyIsInEnglish()
    {
        var source = new FlowCatalogSource(Catalog(ReloadFlows.Quiz()));
        var harness = new ConversationHarness(flowSource: source, locale: "en-GB");
        await harness.SendAsync("hello");
        Assert.Contains("Your answer?", (await harness.SendAsync("I want the quiz")).Text, StringComparison.Ordinal);

        source.Publish(Catalog(ReloadFlows.Quiz(welcome: "Voici le nouveau quiz !", kind: "number")));
        var restarted = await harness.SendAsync("Paris");

        Assert.Equal("This conversation was just updated; let's start it again.", restarted.Messages[0].Text);
    }

    [Fact]
    public async Task FlowDeleted_TheCustomerIsToldAndBackAtTheMenu()
    {
        var source = new FlowCatalogSource(Catalog(ReloadFlows.Quiz()));
        var harness = await MidQuizAsync(source);

        source.Publish(Catalog());
        var replies = await harness.SendAsync("Paris");
        var next = await harness.SendAsync("Réserver une table");

        Assert.Equal(Removed, replies.Messages[0].Text);
        Assert.Contains("Comment puis-je vous aider ?", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Merci pour Paris.", replies.Text, StringComparison.Ordinal);
        Assert.Contains("Dans quelle boutique", next.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aide")]
    [InlineData("recommencer")]
    [InlineData("english")]
    public async Task GlobalCommand_RightAfterTheStepsChanged_AnswersAndTheNextAnswerRestartsTheFlow(string command)
    {
        var source = new FlowCatalogSource(Catalog(ReloadFlows.Quiz()));
        var harness = await MidQuizAsync(source);

        source.Publish(Catalog(ReloadFlows.Quiz(welcome: "Voici le nouveau quiz !")));
        var answered = await harness.SendAsync(command);
        var next = await harness.SendAsync("Paris");

        Assert.NotEmpty(answered.Messages);
        // Either the command restarted the new version (start over), or the answer meets the version check.
        string[] expected = [Updated, "This conversation was just updated", "Merci pour Paris.", "Thanks for Paris."];
        Assert.True(expected.Any(e => next.Text.Contains(e, StringComparison.Ordinal)), next.Text);
    }

    [Theory]
    [InlineData("aide")]
    [InlineData("retour")]
    [InlineData("recommencer")]
    [InlineData("english")]
    public async Task GlobalCommand_RightAfterTheFlowWasDeleted_AnswersWithoutAnError(string command)
    {
        var source = new FlowCatalogSource(Catalog(ReloadFlows.Quiz()));
        var harness = await MidQuizAsync(source);

        source.Publish(Catalog());
        var answered = await harness.SendAsync(command);
        var next = await harness.SendAsync("3");

        // The command left the deleted flow (back to the menu, whose third entry books a table, or which is offered
        // again), or the next message is told the flow is gone; never an error, never a silence.
        Assert.NotEmpty(answered.Messages);
        Assert.DoesNotContain("un problème est survenu", answered.Text, StringComparison.Ordinal);
        string[] expected = ["Dans quelle boutique", "Which boutique", Removed, "This conversation is no longer available", "Can I help you with anything else?"];
        Assert.True(expected.Any(e => next.Text.Contains(e, StringComparison.Ordinal)), next.Text);
    }

    [Fact]
    public async Task SavedMidFlow_RestartedWithoutTheFlow_ResumesAtTheMenu()
    {
        var before = await MidQuizAsync(new FlowCatalogSource(Catalog(ReloadFlows.Quiz())));

        // A new process on the same storage, whose flows folder no longer has the quiz.
        var after = new ConversationHarness(storage: before.Storage, flowSource: new FlowCatalogSource(Catalog(ReloadFlows.Survey.Replace("goto: quiz", "goto: menu", StringComparison.Ordinal))));
        var replies = await after.SendAsync("Paris");

        Assert.Equal(Removed, replies.Messages[0].Text);
        Assert.Contains("Comment puis-je vous aider ?", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedMidFlow_RestartedWithTheQuestionsKindChanged_StartsTheNewVersion()
    {
        var before = await MidQuizAsync(new FlowCatalogSource(Catalog(ReloadFlows.Quiz())));

        var after = new ConversationHarness(storage: before.Storage, flowSource: new FlowCatalogSource(Catalog(ReloadFlows.Quiz(welcome: "Voici le nouveau quiz !", kind: "number"))));
        var replies = await after.SendAsync("Paris");

        Assert.Equal([Updated, "Voici le nouveau quiz !", "Votre réponse ?"], replies.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task SavedMidFlow_RestartedWithTheSameFile_CarriesOn()
    {
        var before = await MidQuizAsync(new FlowCatalogSource(Catalog(ReloadFlows.Quiz())));

        var after = new ConversationHarness(storage: before.Storage, flowSource: new FlowCatalogSource(Catalog(ReloadFlows.Quiz())));
        var replies = await after.SendAsync("Paris");

        Assert.Contains("Merci pour Paris.", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Updated, replies.Text, StringComparison.Ordinal);
    }
}
