using System.Net;
using System.Text;
using Majordome.Bot.Messenger;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static Majordome.Tests.Bot.Messenger.WebhookBodies;

namespace Majordome.Tests.Bot.Messenger.Webhook;

/// <summary>Redeliveries processed once, events in timestamp order per conversation, batches of pages, standby.</summary>
public sealed class DeliveryTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "majordome-messenger-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Post_SameDeliveryTwice_IsProcessedOnce()
    {
        using var host = new MessengerHost(dataDirectory: _directory);

        Assert.Equal(HttpStatusCode.OK, (await host.PostFixtureAsync("text_message.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostFixtureAsync("text_message.json")).StatusCode);
        await host.DrainAsync();

        Assert.Single(host.Runner.Activities);
    }

    [Fact]
    public async Task Post_WhileTheBotIsStillWorking_IsAcknowledgedAtOnce()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = new MessengerHost(new RecordingBotRunner((_, ct) => release.Task.WaitAsync(ct)), _directory);

        var first = await host.PostFixtureAsync("text_message.json");
        var second = await host.PostFixtureAsync("quick_reply.json");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(host.Runner.Activities);
        release.SetResult();
        Assert.Equal(2, (await host.WaitForTurnsAsync(2)).Count);
    }

    [Fact]
    public async Task Post_RedeliveryAfterRestart_IsNotProcessedAgain()
    {
        using (var first = new MessengerHost(dataDirectory: _directory))
        {
            await first.PostFixtureAsync("text_message.json");
            await first.WaitForTurnsAsync(1);
            await first.DrainAsync();
        }

        using var second = new MessengerHost(dataDirectory: _directory);
        Assert.Equal(HttpStatusCode.OK, (await second.PostFixtureAsync("text_message.json")).StatusCode);
        await second.PostFixtureAsync("quick_reply.json");
        await second.WaitForTurnsAsync(1);
        await second.DrainAsync();

        Assert.Equal(["SIZE_PICK:M"], second.Runner.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Post_EventsOutOfOrderInABatch_AreProcessedInTimestampOrder()
    {
        using var host = new MessengerHost(dataDirectory: _directory);
        var body = Body("page", Entry(MetaFixtures.PageId, new JArray(
            TextEvent("m_3", "third", 1781190003000),
            TextEvent("m_1", "first", 1781190001000),
            TextEvent("m_2", "second", 1781190002000))));

        await host.PostAsync(body);
        var turns = await host.WaitForTurnsAsync(3);

        Assert.Equal(["first", "second", "third"], turns.Select(a => a.Text));
    }

    [Fact]
    public async Task Post_ManyEventsOfOneConversation_RunOneAtATime()
    {
        using var host = new MessengerHost(new RecordingBotRunner((_, ct) => Task.Delay(10, ct)), _directory);
        for (var i = 0; i < 5; i++)
        {
            var events = new JArray(Enumerable.Range(0, 4).Select(j => TextEvent($"m_{i}_{j}", $"{i}.{j}", 1781190000000 + (i * 10) + j)));
            await host.PostAsync(Body("page", Entry(MetaFixtures.PageId, events)));
        }

        var turns = await host.WaitForTurnsAsync(20);

        Assert.Equal(1, host.Runner.MaxConcurrentInOneConversation);
        Assert.Equal(turns.OrderBy(a => a.Timestamp).Select(a => a.Text), turns.Select(a => a.Text));
    }

    [Fact]
    public async Task Post_SeveralConversations_RunInParallelUpToTheBound()
    {
        var running = 0;
        var started = 0;
        var most = 0;
        var runner = new RecordingBotRunner(async (_, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            Interlocked.Increment(ref started);
            InterlockedMax(ref most, now);

            // Wait (a while) for a second turn to overlap, so the test does not depend on the machine's speed.
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (Volatile.Read(ref running) < 2 && Volatile.Read(ref started) < 6 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10, ct);
            }

            await Task.Delay(100, ct);
            Interlocked.Decrement(ref running);
        });
        using var host = new MessengerHost(runner, _directory, new() { ["Messenger:Inbox:MaxConcurrentConversations"] = "2" });
        var events = new JArray(Enumerable.Range(1, 6).Select(i => TextEvent($"m_{i}", $"from {i}", 1781190000000 + i, sender: $"customer-{i}")));

        await host.PostAsync(Body("page", Entry(MetaFixtures.PageId, events)));
        await host.WaitForTurnsAsync(6);

        Assert.Equal(2, most);
        Assert.Equal(6, host.Runner.Activities.Select(a => a.Conversation.Id).Distinct().Count());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Fact]
    public async Task Post_BatchOfSeveralPagesWithMessagingAndStandby_AnswersOnlyMessaging()
    {
        using var host = new MessengerHost(dataDirectory: _directory);
        var body = Body("page",
            Entry(MetaFixtures.PageId, new JArray(TextEvent("m_a", "to page one", 1781190001000)), new JArray(TextEvent("m_s", "on standby", 1781190000500))),
            Entry(MetaFixtures.SecondPageId, new JArray(TextEvent("m_b", "to page two", 1781190002000, recipient: MetaFixtures.SecondPageId))),
            Entry(MetaFixtures.PageId, standby: new JArray(TextEvent("m_s2", "standby only", 1781190003000))));

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(body)).StatusCode);
        await host.WaitForTurnsAsync(2);
        await host.DrainAsync();

        var turns = host.Runner.Activities.OrderBy(a => a.Text).ToList();
        Assert.Equal(["to page one", "to page two"], turns.Select(a => a.Text));
        Assert.Equal([MetaFixtures.PageId, MetaFixtures.SecondPageId], turns.Select(a => a.Recipient.Id));
        Assert.Equal($"{MetaFixtures.SecondPageId}-{MetaFixtures.Customer}", turns[1].Conversation.Id);
        Assert.NotNull(await host.Inbox.FindBodyAsync($"facebook/{MetaFixtures.PageId}/mid:m_s2"));
    }

    [Fact]
    public async Task Post_StandbyMessage_IsRecordedButNotAnswered()
    {
        using var host = new MessengerHost(dataDirectory: _directory);

        await host.PostFixtureAsync("standby_message.json");
        await host.DrainAsync();

        Assert.Empty(host.Runner.Activities);
        var window = host.Services.GetRequiredService<IMessagingWindow>();
        Assert.NotNull(await window.LastCustomerActivityAsync(new MessengerThread("facebook", MetaFixtures.PageId, MetaFixtures.Customer), CancellationToken.None));
    }

    [Fact]
    public async Task Start_RowsLeftPendingByACrash_AreProcessed()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stuck = new RecordingBotRunner(async (_, ct) =>
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        using (var crashing = new MessengerHost(stuck, _directory))
        {
            Assert.Equal(HttpStatusCode.OK, (await crashing.PostFixtureAsync("text_message.json")).StatusCode);
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(1, await crashing.Inbox.CountPendingAsync());
        }

        using var restarted = new MessengerHost(dataDirectory: _directory);
        var turns = await restarted.WaitForTurnsAsync(1);

        Assert.Equal("Hi, do you ship to Canada?", turns[0].Text);
    }

    [Fact]
    public async Task Process_AFailingTurn_DoesNotBlockTheConversation()
    {
        var runner = new RecordingBotRunner((activity, _) => activity.Text == "first" ? throw new InvalidOperationException("boom") : Task.CompletedTask);
        using var host = new MessengerHost(runner, _directory);

        await host.PostAsync(Body("page", Entry(MetaFixtures.PageId, new JArray(TextEvent("m_1", "first", 1781190001000), TextEvent("m_2", "second", 1781190002000)))));
        var turns = await host.WaitForTurnsAsync(1);
        await host.DrainAsync();

        Assert.Equal(["second"], turns.Select(a => a.Text));
    }

    [Fact]
    public async Task Process_ATurnThatHangs_IsCancelledAfterTheLimit()
    {
        var runner = new RecordingBotRunner((activity, ct) => activity.Text == "first" ? Task.Delay(Timeout.Infinite, ct) : Task.CompletedTask);
        using var host = new MessengerHost(runner, _directory, new() { ["Messenger:Inbox:MaxTurnDuration"] = "00:00:01" });

        await host.PostAsync(Body("page", Entry(MetaFixtures.PageId, new JArray(TextEvent("m_1", "first", 1781190001000), TextEvent("m_2", "second", 1781190002000)))));
        var turns = await host.WaitForTurnsAsync(1);

        Assert.Equal(["second"], turns.Select(a => a.Text));
    }
}
