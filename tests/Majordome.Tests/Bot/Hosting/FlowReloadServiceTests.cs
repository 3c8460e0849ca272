using Majordome.Bot.Content.Flows;
using Majordome.Bot.Hosting;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Bot.Messenger;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>The hot reload service running on a temp content folder: real files, real watcher, real clock.</summary>
public sealed class FlowReloadServiceTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TempFlowFolder _folder = new();
    private readonly CapturedLogs _logs = new();
    private FlowCatalogReloader _reloader = null!;
    private FlowReloadService? _service;

    private string FlowsFolder => Path.Combine(_folder.Directory, FlowLoader.FolderName);

    public Task InitializeAsync()
    {
        _folder.Write("quiz.yaml", ReloadFlows.Quiz());
        _reloader = new FlowCatalogReloader(_folder.Directory, _logs.CreateLogger("reload"));
        _reloader.Reload();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.StopAsync(CancellationToken.None);
            _service.Dispose();
        }

        _logs.Dispose();
        _folder.Dispose();
    }

    private async Task StartAsync(TimeSpan interval)
    {
        var options = Options.Create(new FlowReloadOptions { ReloadInterval = interval, ReloadDebounce = TimeSpan.FromMilliseconds(100) });
        _service = new FlowReloadService(_reloader, options, TimeProvider.System, new Microsoft.Extensions.Logging.Logger<FlowReloadService>(new Microsoft.Extensions.Logging.LoggerFactory([_logs])));
        await _service.StartAsync(CancellationToken.None);

        // Written after this, a file is seen by the watcher or the periodic check, not by the first look.
        await WaitForLogAsync("Hot reload of flow files in");
    }

    /// <summary>Polls the catalog until <paramref name="condition"/> holds; fails after <see cref="Patience"/>.</summary>
    private async Task<FlowCatalog> WaitForAsync(Func<FlowCatalog, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition(_reloader.Source.Current))
        {
            Assert.True(DateTime.UtcNow < deadline, "the catalog did not change in time; logs:\n" + _logs.All);
            await Task.Delay(50);
        }

        return _reloader.Source.Current;
    }

    /// <summary>Polls the logs until one contains <paramref name="text"/>; fails after <see cref="Patience"/>.</summary>
    private async Task WaitForLogAsync(string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!_logs.All.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no log contains \"{text}\" in time; logs:\n" + _logs.All);
            await Task.Delay(50);
        }
    }

    private static string FirstSay(FlowDefinition flow) => ((SayStep)flow.Steps[0]).Text.Fr;

    [Fact]
    public async Task AddedFile_IsServedWithinSeconds()
    {
        await StartAsync(TimeSpan.FromMinutes(5));

        _folder.Write("survey.yaml", ReloadFlows.Survey);

        // The interval is long: only the file watcher can have noticed in time.
        var catalog = await WaitForAsync(c => c.Find("survey") is not null);
        Assert.Equal("survey", catalog.FindByKeyword("un sondage")?.Id);
    }

    [Fact]
    public async Task EditedFile_IsServedWithinSeconds()
    {
        await StartAsync(TimeSpan.FromMinutes(5));

        _folder.Write("quiz.yaml", ReloadFlows.Quiz(welcome: "Quiz modifié"));

        var catalog = await WaitForAsync(c => c.Find("quiz") is { } quiz && FirstSay(quiz) == "Quiz modifié");
        Assert.Single(catalog.Flows);
    }

    [Fact]
    public async Task InvalidEdit_IsRejected_TheLastGoodVersionKeepsServing_ThenTheFixIsServed()
    {
        await StartAsync(TimeSpan.FromMinutes(5));
        var good = _reloader.Source.Current.Find("quiz");

        _folder.Write("quiz.yaml", ReloadFlows.BrokenQuiz);
        await WaitForLogAsync("1 rejected (flows/quiz.yaml)");

        Assert.Same(good, _reloader.Source.Current.Find("quiz"));
        Assert.Contains("flows/quiz.yaml, line 8, column 5", _logs.All, StringComparison.Ordinal);

        _folder.Write("quiz.yaml", ReloadFlows.Quiz(welcome: "Quiz réparé"));
        await WaitForAsync(c => c.Find("quiz") is { } quiz && FirstSay(quiz) == "Quiz réparé");
    }

    [Fact]
    public async Task DeletedFile_IsRemovedWithinSeconds()
    {
        await StartAsync(TimeSpan.FromMinutes(5));

        File.Delete(Path.Combine(FlowsFolder, "quiz.yaml"));

        await WaitForAsync(c => c.Flows.Count == 0);
    }

    [Fact]
    public async Task WithoutAWatcher_ThePeriodicCheckReloads()
    {
        // A content folder that does not exist yet cannot be watched: only the periodic check can see the flow.
        var later = Path.Combine(_folder.Directory, "later");
        _reloader = new FlowCatalogReloader(later, _logs.CreateLogger("reload"));
        _reloader.Reload();
        await StartAsync(TimeSpan.FromMilliseconds(200));
        Assert.Contains("checked every 0.2 s (file watcher: False)", _logs.All, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(later, FlowLoader.FolderName));
        File.WriteAllText(Path.Combine(later, FlowLoader.FolderName, "survey.yaml"), ReloadFlows.Survey.Replace("goto: quiz", "goto: menu", StringComparison.Ordinal));

        await WaitForAsync(c => c.Find("survey") is not null);
    }
}
