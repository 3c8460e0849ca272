using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Bot.Messenger.State;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.Messenger;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Harness;
using Xunit.Abstractions;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// A real bot process sending due jobs is killed with SIGKILL mid-batch and started again on the same SQLite file:
/// every job is sent (none lost); a job on the wire at the kill may go a second time once its claim's lease ends
/// (at least once, measured and bounded by the batch).
/// </summary>
public sealed class ProactiveRestartTests(ITestOutputHelper output)
{
    private const int Jobs = 24;
    private const int Batch = 3;

    [Fact]
    public async Task KillNine_WhileSending_LosesNoJob()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.SendDelay = TimeSpan.FromMilliseconds(60);
        var folder = Path.Combine(Path.GetTempPath(), "majordome-proactive-restart", Guid.NewGuid().ToString("N"));
        var database = new BusinessDatabase(new SqliteStorageOptions { DataDirectory = folder, FileName = "bot.db" });
        var jobs = new SqlProactiveJobs(database, TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        await new SqlMessagingWindow(database).RecordCustomerActivityAsync(MessengerRig.Thread, now, CancellationToken.None);
        for (var i = 0; i < Jobs; i++)
        {
            await jobs.ScheduleAsync(AnticipationRig.MessengerJob(TestComposerHostingStartup.Kind, now.AddMinutes(-1)));
        }

        var settings = Settings(graph, folder);
        try
        {
            await using (var first = await BotProcess.StartAsync(settings))
            {
                await WaitAsync(async () => await CountSentAsync(jobs) >= Batch * 2, TimeSpan.FromSeconds(60), first);
                await first.KillAsync();
            }

            var sentBeforeRestart = await CountSentAsync(jobs);
            await using (var second = await BotProcess.StartAsync(settings))
            {
                await WaitAsync(async () => await CountSentAsync(jobs) == Jobs, TimeSpan.FromSeconds(60), second);
            }

            var texts = graph.SentMessages.Select(m => (string?)m["message"]?["text"]).ToList();
            output.WriteLine($"{Jobs} jobs; {sentBeforeRestart} recorded sent before the kill; {texts.Count} sends at Graph, {texts.Count - texts.Distinct().Count()} sent twice");
            Assert.Equal(Jobs, texts.Distinct().Count());
            Assert.InRange(texts.Count - Jobs, 0, Batch);
            Assert.All(await jobs.ListAsync(null, null, 100), j => Assert.Equal(ProactiveJobStatus.Sent, j.Status));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> Settings(FakeGraphServer graph, string folder) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = folder,
        ["Storage:FileName"] = "bot.db",
        ["Messenger:AppId"] = "948372615204837",
        ["Messenger:AppSecret"] = "proactive-restart-secret",
        ["Messenger:VerifyToken"] = "proactive-restart-verify",
        ["Messenger:GraphBaseUrl"] = graph.BaseUrl.ToString(),
        ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
        ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,
        ["MessengerSend:MaxSendsPerSecond"] = "250",
        ["Proactive:PollInterval"] = "00:00:00.100",
        ["Proactive:BatchSize"] = Batch.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Proactive:ClaimLease"] = "00:00:02",
        ["Proactive:QuietHoursStart"] = "00:00",
        ["Proactive:QuietHoursEnd"] = "00:00",
        ["Proactive:PacePeriod"] = "00:00:00",

        // The test-only composer, from this test assembly, into the real process (TestComposerHostingStartup).
        ["ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"] = "Majordome.Tests",
        ["DOTNET_ADDITIONAL_DEPS"] = Path.Combine(AppContext.BaseDirectory, "Majordome.Tests.deps.json"),
    };

    private static async Task<int> CountSentAsync(SqlProactiveJobs jobs) =>
        (await jobs.ListAsync(null, ProactiveJobStatus.Sent, 1000)).Count;

    private static async Task WaitAsync(Func<Task<bool>> done, TimeSpan timeout, BotProcess bot)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The jobs were not sent in time. Bot output:\n" + bot.Output);
            }

            await Task.Delay(50);
        }
    }
}
