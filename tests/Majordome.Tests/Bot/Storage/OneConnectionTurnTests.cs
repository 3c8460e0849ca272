using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// A turn on PostgreSQL uses one server connection: the booking a confirmation makes is written on the connection
/// that holds the conversation's lock and writes its state, not on a second one taken from the pool.
/// </summary>
public sealed class OneConnectionTurnTests : IDisposable
{
    private readonly string _connectionString = PostgresServer.Instance.CreateDatabase("oneconn");
    private readonly BotApplicationFactory _bot;
    private readonly HttpClient _client;
    private readonly string _conversation = Guid.NewGuid().ToString();

    public OneConnectionTurnTests()
    {
        _bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _connectionString,
        });
        _client = _bot.CreateClient();
    }

    [Fact]
    public async Task BookingConfirmationTurn_WritesBookingAndState_OnOneServerConnection()
    {
        foreach (var text in new[] { "bonjour", "Réserver une table", "Lyon", "2", "samedi à 15h", "Marie", "06 12 34 56 78" })
        {
            await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, text);
        }

        // From here on, every row the bot writes in either table records the server process (connection) that wrote it
        // and whether that connection held this conversation's turn lock (the session advisory lock on
        // hashtextextended('webchat/<conversation>', 1), shown in pg_locks as its high and low 32 bits).
        await ExecuteAsync($$"""
            CREATE TABLE written_by (table_name text NOT NULL, pid int NOT NULL, holds_turn_lock boolean NOT NULL, locks text);
            CREATE FUNCTION record_writer() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO written_by VALUES (TG_TABLE_NAME, pg_backend_pid(), EXISTS (
                    SELECT 1 FROM pg_locks l, (SELECT hashtextextended('webchat/{{_conversation}}', 1) AS h) k
                    WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.granted
                    AND l.classid::bigint = ((k.h >> 32) & 4294967295) AND l.objid::bigint = (k.h & 4294967295)),
                    (SELECT string_agg(classid || '/' || objid, ' ') FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()));
                RETURN NULL;
            END $$;
            CREATE TRIGGER bookings_writer AFTER INSERT OR UPDATE ON bookings FOR EACH ROW EXECUTE FUNCTION record_writer();
            CREATE TRIGGER bot_state_writer AFTER INSERT OR UPDATE ON bot_state FOR EACH ROW EXECUTE FUNCTION record_writer();
            """);

        var booked = await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "oui");

        Assert.Contains(booked, t => t.StartsWith("C'est réservé !", StringComparison.Ordinal));
        var writers = await ReadWritersAsync();
        Assert.Contains(writers, w => w.Table == "bookings");
        Assert.Contains(writers, w => w.Table == "bot_state");
        var connections = writers.Select(w => w.Pid).Distinct().Count();
        Assert.True(connections == 1, $"the confirmation turn wrote on {connections} connections: {string.Join(", ", writers)}");
        Assert.True(writers.All(w => w.HoldsTurnLock), $"every write runs on the connection holding the conversation's lock: {string.Join(", ", writers)}");
    }

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<(string Table, int Pid, bool HoldsTurnLock, string Locks)>> ReadWritersAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name, pid, holds_turn_lock, coalesce(locks, '') FROM written_by;", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var writers = new List<(string, int, bool, string)>();
        while (await reader.ReadAsync())
        {
            writers.Add((reader.GetString(0), reader.GetInt32(1), reader.GetBoolean(2), reader.GetString(3)));
        }

        return writers;
    }
}
