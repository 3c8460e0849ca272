using System.Diagnostics;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// What a turn on PostgreSQL asks of the server: the conversation's lock and its state read go in one round trip.
/// </summary>
public sealed class TurnRoundTripTests : IAsyncDisposable
{
    private readonly RoundTripCounter _wire = RoundTripCounter.Start(PostgresServer.Instance.CreateDatabase("roundtrips"));
    private readonly BotApplicationFactory _bot;
    private readonly HttpClient _client;
    private readonly string _conversation = Guid.NewGuid().ToString();

    public TurnRoundTripTests()
    {
        _bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _wire.ConnectionString,
        });
        _client = _bot.CreateClient();
    }

    [Fact]
    public async Task BookingTurn_StateRead_ComesInTheLocksRoundTrip()
    {
        await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "bonjour");
        var commands = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            // Npgsql's own tracing: one activity per command or batch sent, with its SQL.
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Only this bot's: tests running alongside use servers of their own through other ports.
                if ((activity.GetTagItem("db.npgsql.data_source") as string)?.Contains($"Port={_wire.Port};", StringComparison.Ordinal) == true)
                {
                    commands.Enqueue(activity.GetTagItem("db.query.text") as string ?? string.Empty);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var before = _wire.RoundTrips;

        await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "Réserver une table");

        var turn = commands.ToArray();
        var roundTrips = _wire.RoundTrips - before;
        var lockedAndRead = turn.Count(c => c.Contains("pg_advisory_lock(", StringComparison.Ordinal) && c.Contains("FROM bot_state", StringComparison.Ordinal));
        var readAlone = turn.Count(c => c.StartsWith("SELECT key, document FROM bot_state", StringComparison.Ordinal));
        Assert.True(lockedAndRead == 1 && readAlone == 0, $"{roundTrips} round trips; statements sent:\n{string.Join("\n", turn)}");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _wire.DisposeAsync();
    }
}
