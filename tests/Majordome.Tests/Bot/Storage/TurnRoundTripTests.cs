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
        using var log = new NpgsqlCommandLog($"Port={_wire.Port};");
        var before = _wire.RoundTrips;

        await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "Réserver une table");

        var turn = log.Commands;
        var roundTrips = _wire.RoundTrips - before;
        var lockedAndRead = turn.Count(c => c.Contains("pg_advisory_lock(", StringComparison.Ordinal) && c.Contains("FROM bot_state", StringComparison.Ordinal));
        var readAlone = turn.Count(c => c.StartsWith("SELECT key, document FROM bot_state", StringComparison.Ordinal));
        Assert.True(lockedAndRead == 1 && readAlone == 0, $"{roundTrips} round trips; statements sent:\n{string.Join("\n", turn)}");
    }

    [Fact]
    public async Task BookingTurn_LastSave_ReleasesTheLockInItsOwnRoundTrip_AndNoLockIsLeftHeld()
    {
        await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "bonjour");
        IReadOnlyList<string> turn;
        using (var log = new NpgsqlCommandLog($"Port={_wire.Port};"))
        {
            var replies = await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "Réserver une table");
            Assert.Contains(replies, r => r.Contains("boutique", StringComparison.OrdinalIgnoreCase));
            turn = log.Commands;
        }

        var saveAndRelease = turn.Count(c => c.Contains("INSERT INTO bot_state", StringComparison.Ordinal) && c.Contains("pg_advisory_unlock(", StringComparison.Ordinal));
        var releaseAlone = turn.Count(c => c.TrimStart().StartsWith("SELECT pg_advisory_unlock(", StringComparison.Ordinal));
        Assert.True(saveAndRelease == 1 && releaseAlone == 0, $"statements sent:\n{string.Join("\n", turn)}");

        // Released, not merely forgotten: once the turn has answered, no session holds the conversation's lock (a
        // 64-bit advisory key shows in pg_locks as its high and low halves, with objsubid 1).
        await using var connection = new Npgsql.NpgsqlConnection(_wire.ConnectionString);
        await connection.OpenAsync();
        await using var held = new Npgsql.NpgsqlCommand(
            """
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 1
              AND ((classid::bigint << 32) | objid::bigint) = hashtextextended(@key, 1);
            """,
            connection);
        held.Parameters.AddWithValue("key", $"webchat/{_conversation}");
        Assert.Equal(0L, (long)(await held.ExecuteScalarAsync())!);

        // The query sees the lock when a session holds it.
        await using (var take = new Npgsql.NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended(@key, 1));", connection))
        {
            take.Parameters.AddWithValue("key", $"webchat/{_conversation}");
            await take.ExecuteNonQueryAsync();
        }

        Assert.Equal(1L, (long)(await held.ExecuteScalarAsync())!);
        await using (var release = new Npgsql.NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@key, 1));", connection))
        {
            release.Parameters.AddWithValue("key", $"webchat/{_conversation}");
            await release.ExecuteNonQueryAsync();
        }

        // And the conversation goes on: the next turn takes the lock again.
        var next = await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "Bordeaux");
        Assert.Contains(next, r => r.Contains("Pour combien de personnes ?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BookingTurn_Transcript_GoesInTheLastSavesRoundTrip_InTheOrderSaid()
    {
        await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "bonjour");
        IReadOnlyList<string> turn;
        using (var log = new NpgsqlCommandLog($"Port={_wire.Port};"))
        {
            await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "Réserver une table");
            turn = log.Commands;
        }

        var withSave = turn.Count(c => c.Contains("INSERT INTO bot_state", StringComparison.Ordinal)
            && c.Contains("INSERT INTO conversation_messages", StringComparison.Ordinal)
            && c.Contains("pg_advisory_unlock(", StringComparison.Ordinal));
        var alone = turn.Count(c => c.Contains("INSERT INTO conversation_messages", StringComparison.Ordinal) && !c.Contains("INSERT INTO bot_state", StringComparison.Ordinal));
        Assert.True(withSave == 1 && alone == 0, $"statements sent:\n{string.Join("\n", turn)}");

        var lines = await TranscriptAsync();
        Assert.Equal(["customer:bonjour", "customer:Réserver une table"], lines.Where(l => l.StartsWith("customer:", StringComparison.Ordinal)));
        var asked = lines.FindIndex(l => l == "customer:Réserver une table");
        Assert.Contains(lines.Skip(asked + 1), l => l.StartsWith("bot:", StringComparison.Ordinal) && l.Contains("boutique", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WhenTheTranscriptCannotBeWritten_TheTurnIsStillAnsweredAndSaved_AndTheLockReleased()
    {
        await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "bonjour");
        await ExecuteAsync("ALTER TABLE conversation_messages RENAME TO conversation_messages_away;");
        try
        {
            var replies = await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "Réserver une table");
            Assert.Contains(replies, r => r.Contains("boutique", StringComparison.OrdinalIgnoreCase));

            // Saved: the next turn goes on from the shop question; and not stuck behind a lock left held.
            var next = await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "Bordeaux");
            Assert.Contains(next, r => r.Contains("Pour combien de personnes ?", StringComparison.Ordinal));
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE conversation_messages_away RENAME TO conversation_messages;");
        }

        var after = await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "2");
        Assert.NotEmpty(after);
        Assert.Contains("customer:2", await TranscriptAsync());
    }

    [Fact]
    public async Task ACustomerTypingANulCharacter_IsAnswered_AndTheTeamReadsTheMessage()
    {
        await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "bonjour");

        var replies = await ExpectRepliesClient.SendForTextsAsync(_client, _conversation, "Réserver\0 une table");

        Assert.Contains(replies, r => r.Contains("boutique", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("customer:Réserver une table", await TranscriptAsync());
    }

    private async Task<List<string>> TranscriptAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_wire.ConnectionString);
        await connection.OpenAsync();
        await using var read = new Npgsql.NpgsqlCommand("SELECT author, text FROM conversation_messages WHERE conversation_id = @c ORDER BY id;", connection);
        read.Parameters.AddWithValue("c", _conversation);
        var lines = new List<string>();
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add($"{reader.GetString(0)}:{reader.GetString(1)}");
        }

        return lines;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_wire.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _wire.DisposeAsync();
    }
}
