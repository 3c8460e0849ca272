using Majordome.Bot;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.State;
using Majordome.Bot.Turns.Holds;
using Majordome.Dialogs.State;
using Majordome.Tests.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Majordome.Bot.Storage;
using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Turns;

/// <summary>
/// The one hold flag, in the conversation's state document on a real SQLite file: set and cleared between turns by the
/// team console and Meta's handovers, surviving a restart, lapsing only for the Page Inbox, and never touching the rest
/// of the conversation's state.
/// </summary>
public sealed class ConversationHoldsTests : IDisposable
{
    internal static readonly MessengerThread Thread = new("facebook", "page", "customer");
    private static readonly MessengerThread Other = new("instagram", "page", "customer");
    private readonly TempSqliteFile _file = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _file.Dispose();
    }

    [Fact]
    public async Task PageInboxHold_WithoutAnAgentReplyForADay_Lapses_EachReplyRenewsIt()
    {
        await NewControl().PauseAsync(Thread, "handover", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(20));
        await NewControl().PauseAsync(Thread, "a person or another app replied", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(20));
        Assert.True(await NewControl().IsPausedAsync(Thread, CancellationToken.None));

        _time.Advance(TimeSpan.FromHours(5));

        Assert.False(await NewControl().IsPausedAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task PageInboxHold_SurvivesARestart_AndControlComingBackEndsIt()
    {
        Assert.False(await NewControl().IsPausedAsync(Thread, CancellationToken.None));

        await NewControl().PauseAsync(Thread, "inbox echo", CancellationToken.None);
        Assert.True(await NewControl().IsPausedAsync(Thread, CancellationToken.None));
        Assert.False(await NewControl().IsPausedAsync(Other, CancellationToken.None));

        await NewControl().ResumeAsync(Thread, CancellationToken.None);
        Assert.False(await NewControl().IsPausedAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task TeamHold_IsNeitherReplacedNorEndedByThePageInbox_NeverLapses_AndEndsAtTheHandBack()
    {
        await NewHolds().HoldAsync(Thread.ChannelId, Thread.ConversationId, HoldKinds.Team, "Camille");
        await NewControl().PauseAsync(Thread, "a person or another app replied", CancellationToken.None);
        await NewControl().ResumeAsync(Thread, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(3));

        var hold = await NewHolds().FindAsync(Thread.ChannelId, Thread.ConversationId);
        Assert.Equal((HoldKinds.Team, "Camille"), (hold?.Kind, hold?.By));
        Assert.True(await NewControl().IsPausedAsync(Thread, CancellationToken.None));

        await NewHolds().ReleaseAsync(Thread.ChannelId, Thread.ConversationId);

        Assert.False(await NewControl().IsPausedAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task HoldAndRelease_KeepTheRestOfTheConversationsState_AndATurnReadsTheHoldWithIt()
    {
        var state = new ConversationStateStore(_file.Open());
        var step = state.CreateProperty<string>("step");
        using (var turn = Turn())
        {
            await state.LoadAsync(turn, force: true);
            await step.SetAsync(turn, "boutique");
            await state.SaveChangesAsync(turn);
        }

        await NewHolds().HoldAsync(Thread.ChannelId, Thread.ConversationId, HoldKinds.Team, "Camille");

        var holds = new ConversationHolds(state, new ConversationLocks(), _time, NullLogger<ConversationHolds>.Instance);
        using (var turn = Turn())
        {
            await state.LoadAsync(turn, force: true);
            Assert.Equal("Camille", (await holds.FindActiveAsync(turn))?.By);
            Assert.Equal("boutique", await step.GetAsync(turn));
        }

        await NewHolds().ReleaseAsync(Thread.ChannelId, Thread.ConversationId);
        using (var turn = Turn())
        {
            await state.LoadAsync(turn, force: true);
            Assert.Null(await holds.FindActiveAsync(turn));
            Assert.Equal("boutique", await step.GetAsync(turn));
        }
    }

    // A new instance on the same file, with its own connections: what a restarted process sees.
    private ConversationHolds NewHolds() =>
        new(new ConversationStateStore(_file.Open()), new ConversationLocks(), _time, NullLogger<ConversationHolds>.Instance);

    private HoldConversationControl NewControl() => new(NewHolds(), _time);

    internal static TurnContext Turn() => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = Thread.ChannelId,
        Conversation = new ConversationAccount { Id = Thread.ConversationId },
        From = new ChannelAccount(Thread.UserId),
        Recipient = new ChannelAccount(Thread.AccountId),
    });
}

/// <summary>
/// The hold flag with PostgreSQL shared by two instances (each its own data source, storage and locks, as two bot
/// processes): a hold set on one waits for the turn the other runs in that conversation, and the other reads it.
/// </summary>
public sealed class PostgresConversationHoldsTests : IDisposable
{
    private readonly string _connectionString = PostgresServer.Instance.CreateDatabase("holds");
    private readonly List<NpgsqlDataSource> _dataSources = [];

    public void Dispose()
    {
        foreach (var dataSource in _dataSources)
        {
            dataSource.Dispose();
        }
    }

    [Fact]
    public async Task AHoldSetOnOneInstance_WaitsForTheTurnAnotherRuns_AndIsReadThereWithTheState()
    {
        var (_, first, _) = Instance();
        var (locks, second, state) = Instance();
        var thread = ConversationHoldsTests.Thread;

        // A turn of the conversation runs on the second instance (its lock taken in a flow of its own, as a turn's).
        var turn = await Task.Run(() => locks.AcquireAsync($"{thread.ChannelId}/{thread.ConversationId}"));
        var holding = first.HoldAsync(thread.ChannelId, thread.ConversationId, HoldKinds.Team, "Camille");
        await Task.Delay(300);
        Assert.False(holding.IsCompleted, "the hold must wait for the turn running on the other instance");

        turn.Dispose();
        await holding.WaitAsync(TimeSpan.FromSeconds(10));

        using (var context = ConversationHoldsTests.Turn())
        {
            await state.LoadAsync(context, force: true);
            Assert.Equal((HoldKinds.Team, "Camille"), ((await second.FindActiveAsync(context))?.Kind, (await second.FindActiveAsync(context))?.By));
        }

        await second.ReleaseAsync(thread.ChannelId, thread.ConversationId);
        Assert.Null(await first.FindAsync(thread.ChannelId, thread.ConversationId));
    }

    private (ConversationLocks Locks, ConversationHolds Holds, ConversationStateStore State) Instance()
    {
        var dataSource = NpgsqlDataSource.Create(_connectionString);
        _dataSources.Add(dataSource);
        var locks = new ConversationLocks(new PostgresConversationLock(dataSource));
        var state = new ConversationStateStore(new PostgresStorage(dataSource));
        return (locks, new ConversationHolds(state, locks, TimeProvider.System, NullLogger<ConversationHolds>.Instance), state);
    }
}
