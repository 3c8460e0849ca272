using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Harness.Messenger;

namespace Majordome.Tests.Bot.Messenger.Crash;

/// <summary>
/// The Messenger channel stopped in the middle of a burst of customer messages (issue 15, defects 2 and 3), then
/// started again on the same SQLite files: every message is answered exactly once, nobody is told something went
/// wrong, and every conversation goes on where it was. Two rounds here (each starts the bot twice); <c>bench/Majordome.Bench.Crash</c> runs
/// the long loop.
/// </summary>
public sealed class MessengerCrashTests : IAsyncLifetime
{
    private const int Customers = 6;
    private FakeGraphServer _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();

        // A Send API that takes a little while keeps turns in flight when the stop comes.
        _graph.SendDelay = TimeSpan.FromMilliseconds(25);
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Theory]
    [InlineData(StopKind.Kill, 10)]
    [InlineData(StopKind.Terminate, 8)]
    public async Task Burst_StoppedMidway_ThenRestarted_EveryMessageAnsweredOnce(StopKind stop, int stopAfterReplies)
    {
        // A Page not subscribed to message_echoes: nothing to wait for after a kill.
        var settings = Settings(_graph);
        settings["Messenger:Inbox:EchoWait"] = "00:00:00";
        var outcome = await MessengerCrashDrill.RunAsync(settings, new GraphReplyLog(_graph), stop, Customers, stopAfterReplies, TimeSpan.FromSeconds(40));

        // Nothing lost, no apology, every conversation carried on. After SIGTERM nothing is repeated either. After
        // SIGKILL, only the one reply that was on its way to Graph at the kill may come twice (sent, but the process
        // died before it could record so): the Send API has no idempotency key.
        Assert.True(outcome.Losses == 0 && outcome.Errors == 0, outcome.Describe());
        Assert.True(outcome.MostDuplicatesForOneCustomer <= (stop == StopKind.Kill ? 1 : 0), outcome.Describe());
    }

    [Fact]
    public async Task Kill_WithAReplyOnTheWire_PageEchoesItsMessages_NothingAnsweredTwice()
    {
        // Meta echoes every message the Page sends (message_echoes), with the metadata the bot gave it.
        await using var echoes = new EchoWebhook(AppId, AppSecret, FakeGraphServer.PageId);
        _graph.Echoes = echoes;

        // Graph takes 200 ms to answer: the kill, a few milliseconds after the sixth reply reached Graph, lands
        // while that reply is on the wire, accepted but not yet recorded by the bot.
        _graph.SendDelay = TimeSpan.FromMilliseconds(200);
        var settings = Settings(_graph);
        settings["Messenger:Inbox:EchoWait"] = "00:00:10";

        var outcome = await MessengerCrashDrill.RunAsync(settings, new GraphReplyLog(_graph), StopKind.Kill, 4, stopAfterReplies: 6, TimeSpan.FromSeconds(60), echoes: echoes);

        // The reply on the wire at the kill is not sent again: its echo says it reached the customer.
        Assert.True(outcome.IsClean, outcome.Describe());
        Assert.True(echoes.Delivered > 0, "No echo reached the bot.");
    }

    private const string AppId = "948372615204838";
    private const string AppSecret = "crash-drill-app-secret-0123456789";

    /// <summary>The bot's settings for the drill, pointed at <paramref name="graph"/>.</summary>
    internal static Dictionary<string, string> Settings(FakeGraphServer graph) => new()
    {
        ["Messenger:AppId"] = AppId,
        ["Messenger:AppSecret"] = AppSecret,
        ["Messenger:VerifyToken"] = "crash-drill-verify-token",
        ["Messenger:GraphBaseUrl"] = graph.BaseUrl.ToString(),
        ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
        ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,
        ["MessengerSend:MaxSendsPerSecond"] = "250",

        // The restarted process is the same instance: it takes back at once what it had claimed.
        ["Messenger:Inbox:InstanceId"] = "crash-drill",

        // Keyword routing only: the same message gets the same answer before and after the restart.
        ["Understanding:TrainAtStartup"] = "false",
    };
}
