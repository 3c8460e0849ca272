using System.Text;
using Majordome.Bot.Content.Flows;
using Majordome.Bot.Hosting;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Bot.Messenger;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>Reloading the flow files on a temp content folder with real files: add, edit, break, delete.</summary>
public sealed class FlowCatalogReloaderTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();
    private readonly CapturedLogs _logs = new();
    private readonly FlowCatalogReloader _reloader;

    public FlowCatalogReloaderTests()
    {
        _reloader = new FlowCatalogReloader(_folder.Directory, _logs.CreateLogger("reload"));
    }

    public void Dispose()
    {
        _logs.Dispose();
        _folder.Dispose();
    }

    private string FlowsFolder => Path.Combine(_folder.Directory, FlowLoader.FolderName);

    private FlowCatalog Serving => _reloader.Source.Current;

    private static string FirstSay(FlowDefinition flow) => ((SayStep)flow.Steps[0]).Text.Fr;

    [Fact]
    public void Reload_NewFile_AddsItsFlow()
    {
        _reloader.Reload();
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], summary.Added);
        Assert.Equal("quiz", Serving.FindByKeyword("un quiz svp")?.Id);
        Assert.Contains(_logs.Lines, l => l.Contains("Flows loaded: 1 added (quiz), 0 changed, 0 removed, 0 rejected; 1 serving", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_EditedFile_ServesTheNewVersion()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();
        var before = Serving.Find("quiz")!;
        _folder.Write("quiz.yaml", ReloadFlows.Quiz(welcome: "Nouveau quiz !"));

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], summary.Changed);
        Assert.Equal("Nouveau quiz !", FirstSay(Serving.Find("quiz")!));
        Assert.NotEqual(before.Version, Serving.Find("quiz")!.Version);
    }

    [Fact]
    public void Reload_InvalidEdit_KeepsTheLastGoodVersion_AndLogsTheProblemWithItsPlace()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();
        var good = Serving.Find("quiz");
        _folder.Write("quiz.yaml", ReloadFlows.BrokenQuiz);

        var summary = _reloader.Reload();

        Assert.Same(good, Serving.Find("quiz"));
        Assert.Equal(["flows/quiz.yaml"], summary.Rejected);
        Assert.False(summary.HasChanges);
        Assert.Contains(_logs.Lines, l => l.Contains("flows/quiz.yaml, line 8, column 5", StringComparison.Ordinal) && l.Contains("jump", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.Contains("last good version of flow quiz keeps serving", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_BrokenFileFixed_ServesTheFix()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();
        _folder.Write("quiz.yaml", ReloadFlows.BrokenQuiz);
        _reloader.Reload();
        _folder.Write("quiz.yaml", ReloadFlows.Quiz(welcome: "Réparé !"));

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], summary.Changed);
        Assert.Equal("Réparé !", FirstSay(Serving.Find("quiz")!));
    }

    [Fact]
    public void Reload_InvalidNewFile_IsRejected_AndServesNothing()
    {
        _reloader.Reload();
        _folder.Write("quiz.yaml", ReloadFlows.BrokenQuiz);

        var summary = _reloader.Reload();

        Assert.Empty(Serving.Flows);
        Assert.Equal(["flows/quiz.yaml"], summary.Rejected);
    }

    [Fact]
    public void Reload_DeletedFile_RemovesItsFlow()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();
        File.Delete(Path.Combine(FlowsFolder, "quiz.yaml"));

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], summary.Removed);
        Assert.Null(Serving.Find("quiz"));
    }

    [Fact]
    public void Reload_DeletedGotoTarget_IsAProblemInTheFlowThatGoesThere_WhichKeepsServing()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz()).Write("survey.yaml", ReloadFlows.Survey);
        _reloader.Reload();
        Assert.NotNull(Serving.Find("survey"));
        File.Delete(Path.Combine(FlowsFolder, "quiz.yaml"));

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], summary.Removed);
        Assert.Equal(["flows/survey.yaml"], summary.Rejected);
        Assert.NotNull(Serving.Find("survey"));
        Assert.Contains(_logs.Lines, l => l.Contains("flows/survey.yaml, line 7, column 11, field \"steps[1].goto\": goto \"quiz\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_KeptFlowWhoseTriggerANewFileTook_IsLeftOut()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();

        // quiz.yaml is no longer YAML (so it claims no id), and a new valid file takes its id meanwhile: the valid file wins.
        _folder.Write("quiz.yaml", "id: quiz\ntitle: { fr: Quiz\n").Write("quiz2.yaml", ReloadFlows.Quiz(welcome: "Le quiz 2"));
        _reloader.Reload();

        Assert.Equal("Le quiz 2", FirstSay(Serving.Find("quiz")!));
        Assert.Single(Serving.Flows);
        Assert.Contains(_logs.Lines, l => l.Contains("the last good version of flow quiz is left out too", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_NothingChanged_PublishesNothing()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();
        var published = 0;
        _reloader.Source.Changed += (_, _) => published++;

        var summary = _reloader.Reload();

        Assert.False(summary.HasChanges);
        Assert.Equal(0, published);
    }

    [Fact]
    public void Reload_TitleChangedOnly_IsAChangeOfFileButNotOfSteps()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();
        var before = Serving.Find("quiz")!;
        _folder.Write("quiz.yaml", ReloadFlows.Quiz(title: "Le grand quiz", keyword: "devinette"));

        var summary = _reloader.Reload();
        var after = Serving.Find("quiz")!;

        Assert.Equal(["quiz"], summary.Changed);
        Assert.Equal(FlowStepsVersion.Of(before.Steps), FlowStepsVersion.Of(after.Steps));
        Assert.NotEqual(before.Version, after.Version);
        Assert.NotEqual(FlowStepsVersion.Of(before.Steps), FlowStepsVersion.Of([.. after.Steps.Skip(1)]));
    }

    [Fact]
    public void Startup_YamlSyntaxError_IsReported_AndTheOtherFlowsServe()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz()).Write("bad.yaml", "id: bad\ntitle: { fr: Mauvais, en: Bad\nsteps: []\n");

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], Serving.Flows.Select(f => f.Id));
        Assert.Equal(["flows/bad.yaml"], summary.Rejected);
        Assert.Contains(_logs.Lines, l => l.Contains("flows/bad.yaml, line 2, column 8", StringComparison.Ordinal));
    }

    [Fact]
    public void Startup_EmptyFile_IsReported_AndTheOtherFlowsServe()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz()).Write("empty.yaml", string.Empty);

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], Serving.Flows.Select(f => f.Id));
        Assert.Contains(_logs.Lines, l => l.Contains("flows/empty.yaml: the file is empty.", StringComparison.Ordinal));
        Assert.Equal(["flows/empty.yaml"], summary.Rejected);
    }

    [Fact]
    public void Startup_FileWithByteOrderMark_Loads()
    {
        File.WriteAllText(Path.Combine(FlowsFolder, "quiz.yaml"), ReloadFlows.Quiz(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, File.ReadAllBytes(Path.Combine(FlowsFolder, "quiz.yaml"))[0]);

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], summary.Added);
        Assert.Empty(summary.Rejected);
    }

    [Fact]
    public void Startup_HugeFile_IsRejectedWithAClearProblem_WithoutReadingIt()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        using (var huge = File.Create(Path.Combine(FlowsFolder, "huge.yaml")))
        {
            huge.SetLength(FlowLoader.MaxFileBytes + 1);
        }

        var summary = _reloader.Reload();

        Assert.Equal(["quiz"], Serving.Flows.Select(f => f.Id));
        Assert.Equal(["flows/huge.yaml"], summary.Rejected);
        Assert.Contains(_logs.Lines, l => l.Contains("flows/huge.yaml: the file is 256 KB, more than the 256 KB a flow file may have", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_FileGoneBetweenListingAndReading_KeepsItsLastGoodVersion()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();
        var good = Serving.Find("quiz");

        // A link to nothing is listed like a file but cannot be read: what a file deleted mid-read looks like.
        var path = Path.Combine(FlowsFolder, "quiz.yaml");
        File.Delete(path);
        File.CreateSymbolicLink(path, Path.Combine(FlowsFolder, "deleted-meanwhile.yaml"));

        var summary = _reloader.Reload();

        Assert.Same(good, Serving.Find("quiz"));
        Assert.Equal(["flows/quiz.yaml"], summary.Rejected);
        Assert.Contains(_logs.Lines, l => l.Contains("flows/quiz.yaml: the file could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_FlowsFolderDisappears_KeepsServing_ThenFilesDeletedOneByOneRemoveFlows()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader.Reload();
        Directory.Delete(FlowsFolder, recursive: true);

        var gone = _reloader.Reload();

        Assert.False(gone.HasChanges);
        Assert.NotNull(Serving.Find("quiz"));
        Assert.Contains(_logs.Lines, l => l.Contains("is missing; the 1 flows serving keep serving", StringComparison.Ordinal));

        Directory.CreateDirectory(FlowsFolder);
        var emptied = _reloader.Reload();

        Assert.Equal(["quiz"], emptied.Removed);
    }

    [Fact]
    public void Startup_NoContentFolderAtAll_ServesNoFlows()
    {
        var reloader = new FlowCatalogReloader(Path.Combine(_folder.Directory, "nowhere"), _logs.CreateLogger("reload"));

        var summary = reloader.Reload();

        Assert.Equal(0, summary.Serving);
        Assert.Empty(reloader.Source.Current.Flows);
    }
}
