using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Bot.Turns.Holds;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Bench.Micro;

/// <summary>
/// What a turn pays to know whether a person holds its conversation, on SQLite files as the host composes them. Before
/// the hold flag: the team's queue read on every turn of every channel (<see cref="TeamQueueRead"/>), and on Messenger
/// and Instagram the pause table read by the inbox, by the adapter and before each reply (<see cref="MessengerPauseRead"/>,
/// three times for a turn with one reply). With it: the flag comes with the conversation state the turn loads anyway
/// (<see cref="StateLoad"/> against <see cref="StateLoadAndHoldCheck"/>).
/// <c>dotnet run -c Release --project bench/Majordome.Bench.Micro -- --filter '*HoldCheck*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class HoldCheckBenchmarks
{
    private const string Channel = "facebook";
    private const string Conversation = "1100000000000001-7028345619274851";
    private ServiceProvider _services = null!;
    private SqlHandoffQueue _queue = null!;
    private BusinessDatabase _database = null!;
    private ConversationStateStore _state = null!;
    private ConversationHolds _holds = null!;
    private readonly TestAdapter _adapter = new();

    [GlobalSetup]
    public void Setup()
    {
        _services = BotServices.Build("Sqlite");
        _database = _services.GetRequiredService<BusinessDatabase>();
        _queue = new SqlHandoffQueue(_database, TimeProvider.System);
        _state = _services.GetRequiredService<ConversationStateStore>();
        _holds = _services.GetRequiredService<ConversationHolds>();

        // A queue with some history, and a conversation state of a realistic size (a booking in progress).
        for (var i = 0; i < 1000; i++)
        {
            var id = _queue.EnqueueAsync(Channel, $"page-{i}", $"customer-{i}", "asked for a person", "fr", "{}").GetAwaiter().GetResult();
            _queue.TakeAsync(id, 1, "Camille").GetAwaiter().GetResult();
            _queue.HandBackAsync(id, null).GetAwaiter().GetResult();
        }

        // The pause table itself left the schema (migration 21); the "before" read runs on a copy of it.
        using (var connection = _database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult())
        using (var create = SqlCommands.Create(connection, null, """
            CREATE TABLE IF NOT EXISTS messenger_thread_control (
                channel TEXT NOT NULL, account_id TEXT NOT NULL, user_id TEXT NOT NULL, paused INTEGER NOT NULL, reason TEXT, updated_utc TEXT NOT NULL,
                PRIMARY KEY (channel, account_id, user_id));
            """))
        {
            create.ExecuteNonQuery();
        }

        using var turn = Turn();
        _state.LoadAsync(turn, force: true).GetAwaiter().GetResult();
        _state.CreateProperty<Dictionary<string, string>>("booking").SetAsync(turn, new()
        {
            ["boutique"] = "paris-opera", ["guests"] = "4", ["when"] = "2026-12-19T15:00:00+01:00", ["name"] = "Marie Dupont", ["phone"] = "+33612345678",
        }).GetAwaiter().GetResult();
        _state.SaveChangesAsync(turn).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>Before: the team's queue read TeamAwareBot made on every turn.</summary>
    [Benchmark]
    public Task<HandoffRequest?> TeamQueueRead() => _queue.FindOpenAsync(Channel, Conversation);

    /// <summary>Before: one read of the Messenger pause table (the removed SqlConversationControl.IsPausedAsync, same statement).</summary>
    [Benchmark]
    public async Task<bool> MessengerPauseRead()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT paused, updated_utc FROM messenger_thread_control WHERE channel = @channel AND account_id = @account AND user_id = @user;",
            ("@channel", Channel), ("@account", "1100000000000001"), ("@user", "7028345619274851"));
        await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
        return await reader.ReadAsync(CancellationToken.None);
    }

    /// <summary>The conversation state read every turn makes anyway.</summary>
    [Benchmark(Baseline = true)]
    public async Task StateLoad()
    {
        using var turn = Turn();
        await _state.LoadAsync(turn, force: true);
    }

    /// <summary>After: the same read, and the hold flag taken from it.</summary>
    [Benchmark]
    public async Task<ConversationHold?> StateLoadAndHoldCheck()
    {
        using var turn = Turn();
        await _state.LoadAsync(turn, force: true);
        return await _holds.FindActiveAsync(turn);
    }

    private TurnContext Turn() => new(_adapter, new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = Channel,
        Conversation = new ConversationAccount { Id = Conversation },
        From = new ChannelAccount("7028345619274851"),
        Recipient = new ChannelAccount("1100000000000001"),
    });

    /// <summary>A short run in this process: on a shared machine the generated project's build alone outlasts BenchmarkDotNet's timeout.</summary>
    public sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
