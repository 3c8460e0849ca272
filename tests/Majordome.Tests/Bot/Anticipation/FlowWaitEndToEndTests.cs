using Majordome.Bot.Anticipation;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Messenger.Conversations;
using Majordome.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// A flow's long wait on the real host (the production composition, Messenger over the fake Graph server, the SQLite
/// state and business database, a fake clock): the flow parks, the clock passes the wait, the scheduler's job runs the
/// rest of the flow as a turn of the customer's conversation and sends it once, under the proactive rules; a restart
/// in between loses nothing; a customer who went elsewhere meanwhile gets nothing; a message the channel does not
/// allow is dropped and counted.
/// </summary>
public sealed class FlowWaitEndToEndTests : IDisposable
{
    private const string Customer = "facebook/" + MessengerChannelHost.Psid;
    private const string Later = "Alors, ce Minuit, vous l'avez goûté ?";
    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-flow-wait", Guid.NewGuid().ToString("N"));
    private readonly string _data;

    // The Messenger host's events are stamped from 2026-06-11 15:00:01 UTC on, which opens the 24-hour window.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 11, 15, 0, 30, TimeSpan.Zero));

    public FlowWaitEndToEndTests()
    {
        _data = Path.Combine(_brand, "data");
        foreach (var file in Directory.GetFiles(RepositoryRoot.BrandDirectory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_brand, Path.GetRelativePath(RepositoryRoot.BrandDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.WriteAllText(Path.Combine(_brand, "flows", "tasting-follow-up.yaml"), """
            id: tasting-follow-up
            title: { fr: Suivi de dégustation, en: Tasting follow-up }
            triggers:
              payload: TASTING_FOLLOW_UP
            steps:
              - say: { fr: Merci pour votre visite !, en: Thanks for your visit! }
              - wait: 3h
              - say: { fr: "Alors, ce Minuit, vous l'avez goûté ?", en: "So, did you taste the Minuit?" }
            """);
        File.WriteAllText(Path.Combine(_brand, "flows", "tasting-two-days.yaml"), """
            id: tasting-two-days
            title: { fr: Suivi à deux jours, en: Two-day follow-up }
            triggers:
              payload: TASTING_TWO_DAYS
            steps:
              - say: { fr: Merci pour votre visite !, en: Thanks for your visit! }
              - wait: 2d
              - say: { fr: "Alors, ce Minuit, vous l'avez goûté ?", en: "So, did you taste the Minuit?" }
            """);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_brand))
        {
            Directory.Delete(_brand, recursive: true);
        }
    }

    [Fact]
    public async Task LongWait_FlowParks_ClockPassesTheWait_NextStepIsSentOnce()
    {
        await using var host = await StartAsync();

        var now = MessengerChannelHost.Paragraphs(await host.SayAsync("TASTING_FOLLOW_UP"));

        Assert.True(now.Contains("Merci pour votre visite !"), string.Join(" | ", now));
        Assert.DoesNotContain(Later, now);
        var job = Assert.Single(await Jobs(host).ListForCustomerAsync(Customer));
        Assert.Equal((ProactiveKinds.FlowWait, ProactiveJobStatus.Pending, _clock.GetUtcNow().AddHours(3)), (job.Request.Kind, job.Status, job.Request.DueAt));

        await SweepAsync(host, TimeSpan.FromHours(2));
        Assert.DoesNotContain(Later, SentTexts(host));
        await SweepAsync(host, TimeSpan.FromHours(1));
        await SweepAsync(host, TimeSpan.FromHours(1));

        Assert.Equal(1, SentTexts(host).Count(t => t == Later));
        var done = Assert.Single(await Jobs(host).ListForCustomerAsync(Customer));
        Assert.Equal((ProactiveJobStatus.Sent, ProactiveOutcomes.Sent), (done.Status, done.Outcome));
    }

    [Fact]
    public async Task LongWait_BotRestartsDuringTheWait_NextStepIsStillSentOnce()
    {
        await using (var first = await StartAsync())
        {
            await first.SayAsync("TASTING_FOLLOW_UP");
        }

        await using var second = await StartAsync();
        await SweepAsync(second, TimeSpan.FromHours(3));
        await SweepAsync(second, TimeSpan.FromHours(1));

        Assert.Equal(1, SentTexts(second).Count(t => t == Later));
        Assert.Equal(ProactiveJobStatus.Sent, Assert.Single(await Jobs(second).ListForCustomerAsync(Customer)).Status);
    }

    [Fact]
    public async Task LongWait_CustomerStartsAnotherConversationMeanwhile_NothingIsSent()
    {
        await using var host = await StartAsync();
        await host.SayAsync("TASTING_FOLLOW_UP");

        await host.SayAsync("Je voudrais réserver une table");
        var before = SentTexts(host).Count;
        await SweepAsync(host, TimeSpan.FromHours(3));
        await SweepAsync(host, TimeSpan.FromHours(1));

        Assert.Equal(before, SentTexts(host).Count);
        Assert.DoesNotContain(Later, SentTexts(host));
        var job = Assert.Single(await Jobs(host).ListForCustomerAsync(Customer));
        Assert.Equal((ProactiveJobStatus.Cancelled, FlowDialog.WaitAbandonedReason), (job.Status, job.Outcome));
    }

    [Fact]
    public async Task LongWait_CustomerWritesWhatNothingElseUnderstands_WaitIsAbandoned_NothingIsSentLater()
    {
        await using var host = await StartAsync();
        await host.SayAsync("TASTING_FOLLOW_UP");

        var answered = await host.SayAsync("zorglub plouf");
        await SweepAsync(host, TimeSpan.FromHours(3));
        await SweepAsync(host, TimeSpan.FromHours(1));

        Assert.NotEmpty(answered);
        Assert.DoesNotContain(Later, SentTexts(host));
        var job = Assert.Single(await Jobs(host).ListForCustomerAsync(Customer));
        Assert.Equal((ProactiveJobStatus.Cancelled, FlowDialog.WaitAbandonedReason), (job.Status, job.Outcome));
    }

    [Fact]
    public async Task LongWait_DueOutsideTheMessagingWindowWithoutAToken_IsDroppedAndCounted_NeverForced()
    {
        await using var host = await StartAsync();
        await host.SayAsync("TASTING_TWO_DAYS");
        var before = SentTexts(host).Count;

        await SweepAsync(host, TimeSpan.FromDays(2));

        Assert.Equal(before, SentTexts(host).Count);
        var job = Assert.Single(await Jobs(host).ListForCustomerAsync(Customer));
        Assert.Equal((ProactiveJobStatus.Dropped, ProactiveOutcomes.OutsideWindow), (job.Status, job.Outcome));
    }

    private Task<MessengerChannelHost> StartAsync() => MessengerChannelHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["Brand:ContentDirectory"] = _brand,
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = _data,

            // The test runs the sweeps itself, at the clock's times it chooses.
            ["Proactive:Enabled"] = "false",
        },
        services => services.AddSingleton<TimeProvider>(_clock));

    private static SqlProactiveJobs Jobs(MessengerChannelHost host) => host.Host.Services.GetRequiredService<SqlProactiveJobs>();

    private async Task SweepAsync(MessengerChannelHost host, TimeSpan advance)
    {
        _clock.Advance(advance);
        await host.Host.Services.GetRequiredService<ProactiveSweep>().RunOnceAsync();
    }

    // Text by text: a turn's consecutive texts go as one Messenger message (merged texts), split back here.
    private static List<string> SentTexts(MessengerChannelHost host) =>
        [.. MessengerChannelHost.Paragraphs(host.Graph.SentMessages.Select(m => (Newtonsoft.Json.Linq.JObject)m["message"]!))];
}
