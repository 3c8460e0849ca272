using Majordome.Bot.Data;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Inbox;

/// <summary>Run on SQLite and on PostgreSQL by the subclasses at the end of this file.</summary>
public abstract class MessengerInboxTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections, as another bot process.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private MessengerInbox NewInbox() => new(OpenDatabase(), _time);

    private MessengerInbox NewInbox(InboxInstance instance) => new(OpenDatabase(), _time, instance);

    private static WebhookEvent Event(string key, string conversation, long ms, string text = "hi") =>
        new(key, "facebook", "page", conversation, DateTimeOffset.FromUnixTimeMilliseconds(ms), false,
            new JObject { ["message"] = new JObject { ["mid"] = key, ["text"] = text } });

    [Fact]
    public async Task Add_SameKeyTwiceEvenFromAnotherInstance_IsStoredOnce()
    {
        Assert.Equal(2, await NewInbox().AddAsync([Event("a", "c1", 1), Event("a", "c1", 1), Event("b", "c1", 2)]));
        Assert.Equal(0, await NewInbox().AddAsync([Event("a", "c1", 1)]));

        Assert.Equal(2, await NewInbox().CountPendingAsync());
    }

    [Fact]
    public async Task Pending_IsInTimestampOrderPerConversation_OldestConversationFirst()
    {
        var inbox = NewInbox();
        await inbox.AddAsync([Event("late", "c2", 30), Event("b", "c1", 20), Event("a", "c1", 10), Event("early", "c2", 5)]);

        Assert.Equal(["c2", "c1"], await inbox.PendingConversationsAsync());
        Assert.Equal(["a", "b"], (await inbox.PendingAsync("c1", 10)).Select(r => (string)JObject.Parse(r.Body)["message"]!["mid"]!));
    }

    [Fact]
    public async Task PurgeFinished_RemovesOnlyFinishedRowsPastTheRetention()
    {
        var inbox = NewInbox();
        await inbox.AddAsync([Event("old", "c1", 1), Event("recent", "c1", 2), Event("pending", "c1", 3)]);
        var rows = await inbox.PendingAsync("c1", 10);
        await inbox.MarkFinishedAsync(rows[0].Id, succeeded: true);
        _time.Advance(TimeSpan.FromDays(8));
        await inbox.MarkFinishedAsync(rows[1].Id, succeeded: false);

        var purged = await inbox.PurgeFinishedAsync(_time.GetUtcNow() - TimeSpan.FromDays(7));

        Assert.Equal(1, purged);
        Assert.Null(await inbox.FindBodyAsync("old"));
        Assert.NotNull(await inbox.FindBodyAsync("recent"));
        Assert.NotNull(await inbox.FindBodyAsync("pending"));
        Assert.Equal(1, await inbox.CountPendingAsync());
    }

    [Fact]
    public async Task PurgeMessageContent_RemovesTheTextButKeepsTheRow()
    {
        var inbox = NewInbox();
        await inbox.AddAsync([new WebhookEvent("facebook/page/mid:m1", "facebook", "page", "c1", DateTimeOffset.UnixEpoch, false,
            new JObject { ["message"] = new JObject { ["mid"] = "m1", ["text"] = "my secret", ["attachments"] = new JArray() } })]);

        Assert.True(await inbox.PurgeMessageContentAsync("facebook", "page", "m1"));
        Assert.False(await inbox.PurgeMessageContentAsync("facebook", "page", "unknown"));

        var body = JObject.Parse((await inbox.FindBodyAsync("facebook/page/mid:m1"))!);
        Assert.Equal("m1", (string?)body["message"]!["mid"]);
        Assert.Null(body["message"]!["text"]);
        Assert.Null(body["message"]!["attachments"]);
    }

    [Fact]
    public async Task TryClaim_TwoInstancesSameEvent_OnlyOneGetsIt()
    {
        await NewInbox().AddAsync([Event("a", "c1", 1)]);
        var row = Assert.Single(await NewInbox().PendingAsync("c1", 10));

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => NewInbox().TryClaimAsync(row)));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task TryClaim_WhileAnotherEventOfTheConversationIsInProgress_WaitsForItToFinish()
    {
        await NewInbox().AddAsync([Event("a", "c1", 1), Event("b", "c1", 2), Event("x", "c2", 1)]);
        var rows = await NewInbox().PendingAsync("c1", 10);
        var other = Assert.Single(await NewInbox().PendingAsync("c2", 10));
        Assert.True(await NewInbox().TryClaimAsync(rows[0]));

        Assert.False(await NewInbox().TryClaimAsync(rows[1]));
        Assert.True(await NewInbox().TryClaimAsync(other));

        await NewInbox().MarkFinishedAsync(rows[0].Id, succeeded: true);
        Assert.True(await NewInbox().TryClaimAsync(rows[1]));
    }

    [Fact]
    public async Task ReleaseAbandoned_ClaimOlderThanTheLimit_IsPendingAgain_RecentOneIsNot()
    {
        await NewInbox().AddAsync([Event("a", "c1", 1), Event("b", "c2", 1)]);
        Assert.True(await NewInbox().TryClaimAsync(Assert.Single(await NewInbox().PendingAsync("c1", 10))));
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await NewInbox().TryClaimAsync(Assert.Single(await NewInbox().PendingAsync("c2", 10))));

        Assert.Equal(1, await NewInbox().ReleaseAbandonedAsync(_time.GetUtcNow() - TimeSpan.FromMinutes(5)));

        Assert.Single(await NewInbox().PendingAsync("c1", 10));
        Assert.Empty(await NewInbox().PendingAsync("c2", 10));
    }

    [Fact]
    public async Task TakeBackPreviousRuns_RestartedInstance_GetsItsClaimsBackAtOnce_NotAnotherInstancesOnes()
    {
        await NewInbox().AddAsync([Event("a", "c1", 1), Event("b", "c2", 1)]);
        var killed = NewInbox(new InboxInstance("bot-1"));
        var other = NewInbox(new InboxInstance("bot-2"));
        await killed.HeartbeatAsync();
        await other.HeartbeatAsync();
        Assert.True(await killed.TryClaimAsync(Assert.Single(await killed.PendingAsync("c1", 10))));
        Assert.True(await other.TryClaimAsync(Assert.Single(await other.PendingAsync("c2", 10))));

        // bot-1 was killed and starts again a second later: no lease to wait for.
        _time.Advance(TimeSpan.FromSeconds(1));
        var restarted = NewInbox(new InboxInstance("bot-1"));
        await restarted.HeartbeatAsync();

        Assert.Equal(1, await restarted.TakeBackPreviousRunsAsync());
        Assert.Single(await restarted.PendingAsync("c1", 10));
        Assert.Empty(await restarted.PendingAsync("c2", 10));
        Assert.Equal(0, await restarted.TakeBackPreviousRunsAsync());
    }

    [Fact]
    public async Task ReleaseOrphaned_RunSilentForTheLease_LosesItsClaims_BeatingRunKeepsThem()
    {
        await NewInbox().AddAsync([Event("a", "c1", 1), Event("b", "c2", 1)]);
        var vanished = NewInbox(new InboxInstance("pod-a"));
        var alive = NewInbox(new InboxInstance("pod-b"));
        await vanished.HeartbeatAsync();
        await alive.HeartbeatAsync();
        Assert.True(await vanished.TryClaimAsync(Assert.Single(await vanished.PendingAsync("c1", 10))));
        Assert.True(await alive.TryClaimAsync(Assert.Single(await alive.PendingAsync("c2", 10))));

        // Within the lease nothing is taken, even from a run that stopped beating.
        _time.Advance(TimeSpan.FromSeconds(20));
        await alive.HeartbeatAsync();
        Assert.Equal(0, await alive.ReleaseOrphanedAsync(_time.GetUtcNow() - TimeSpan.FromSeconds(30)));

        _time.Advance(TimeSpan.FromSeconds(20));
        await alive.HeartbeatAsync();
        Assert.Equal(1, await alive.ReleaseOrphanedAsync(_time.GetUtcNow() - TimeSpan.FromSeconds(30)));
        Assert.Single(await alive.PendingAsync("c1", 10));
        Assert.Empty(await alive.PendingAsync("c2", 10));
    }

    [Fact]
    public async Task ReleaseOwn_GracefulStop_HandsBackWhatTheRunHolds()
    {
        await NewInbox().AddAsync([Event("a", "c1", 1)]);
        var stopping = NewInbox(new InboxInstance("bot-1"));
        await stopping.HeartbeatAsync();
        Assert.True(await stopping.TryClaimAsync(Assert.Single(await stopping.PendingAsync("c1", 10))));

        Assert.Equal(1, await stopping.ReleaseOwnAsync());

        Assert.Single(await NewInbox().PendingAsync("c1", 10));
    }

    [Fact]
    public async Task ReplyJournal_RecordsEachReplyOnce_AndIsPurgedWithItsEvent()
    {
        var inbox = NewInbox();
        await inbox.AddAsync([Event("a", "c1", 1)]);
        var row = Assert.Single(await inbox.PendingAsync("c1", 10));
        var journal = new ReplyJournal(OpenDatabase(), _time);
        await journal.RecordAsync(row.Id, 0, "h0", "m_1");
        await journal.RecordAsync(row.Id, 1, "h1", "m_2");
        await journal.RecordAsync(row.Id, 1, "h1b", "m_3");

        Assert.Equal(new Dictionary<int, string> { [0] = "h0", [1] = "h1b" }, await journal.SentAsync(row.Id));

        await inbox.MarkFinishedAsync(row.Id, succeeded: true);
        _time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await inbox.PurgeFinishedAsync(_time.GetUtcNow() - TimeSpan.FromDays(7)));
        Assert.Empty(await journal.SentAsync(row.Id));
    }
}

public sealed class SqliteMessengerInboxTests : MessengerInboxTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresMessengerInboxTests : MessengerInboxTests
{
    private readonly PostgresTestDatabase _database = new("inbox");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
