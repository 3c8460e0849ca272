using Majordome.Bot.Data;
using Npgsql;

namespace Majordome.Bot.Team;

/// <summary>
/// The messages of each conversation (customer, bot, agent) in the business database, so the team reads what was
/// said before the customer asked for them, on any instance, and sees new ones as they come. Bounded per message;
/// purged after <see cref="TeamOptions.TranscriptRetention"/>.
/// </summary>
public sealed class SqlTranscriptStore : IDisposable
{
    /// <summary>The longest text kept per message.</summary>
    public const int MaxTextLength = 4000;

    // Seed 2: the conversation lock of the turns (seed 1) and the state's row locks (seed 0) hash the same way, and
    // this lock must not wait for either.
    private const string ConversationLockSql = "SELECT pg_advisory_xact_lock(hashtextextended(@conversation, 2));";

    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;
    private readonly SqliteTranscriptWriter? _sqliteWriter;

    /// <summary>Creates the store.</summary>
    public SqlTranscriptStore(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
        _sqliteWriter = database.Kind == BusinessDatabaseKind.Sqlite ? new SqliteTranscriptWriter(database) : null;
    }

    /// <summary>
    /// Appends <paramref name="lines"/> (author, author's name, text) in order, all or none, in one round trip: one
    /// INSERT of every line; on PostgreSQL sent in one batch after a lock on the conversation's transcript, which the
    /// batch's own transaction holds until it ends, so the conversation's ids are committed in the order they are
    /// given and an agent's page that reads "after id N" never skips a line committed late.
    /// </summary>
    /// <remarks>
    /// The lock is the conversation's, not the business write lock: pages read one conversation at a time, so only
    /// its lines need ordering, and every turn appends here; under the one business lock all conversations' turns on
    /// all instances queued behind each other. On SQLite the file's write lock orders the writes, taken in turn in
    /// this process, the lines of turns that arrive together are committed in one transaction
    /// (<see cref="SqliteTranscriptWriter"/>), and they reach the disk when the conversation state does.
    /// </remarks>
    public async Task AppendAsync(string channel, string conversationId, IReadOnlyList<(string Author, string? AuthorName, string Text)> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return;
        }

        var now = SqlCommands.ToText(_time.GetUtcNow());
        if (_sqliteWriter is not null)
        {
            var cut = lines.Select(l => (l.Author, l.AuthorName is null ? null : TranscriptInsert.Storable(l.AuthorName, MaxTextLength), TranscriptInsert.Storable(l.Text, MaxTextLength))).ToList();
            await _sqliteWriter.AppendAsync(channel, conversationId, cut, now, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (sql, parameters) = TranscriptInsert.For(channel, conversationId, lines, now, MaxTextLength);
        await using var lease = await _database.BorrowForConversationWriteAsync(cancellationToken).ConfigureAwait(false);
        if (lease.Connection is NpgsqlConnection postgres)
        {
            await using var batch = new NpgsqlBatch(postgres);
            batch.BatchCommands.Add(ConversationLock(channel, conversationId));
            batch.BatchCommands.Add(PostgresCommand(sql, parameters));
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        throw new InvalidOperationException("The transcript store's database is neither SQLite nor PostgreSQL.");
    }

    /// <summary>
    /// The lines of a turn, offered to its last state save to be written with it (see <see cref="PendingTranscript"/>);
    /// those it does not write are appended by <see cref="AppendAsync"/> after the turn.
    /// </summary>
    internal PendingTranscript OfferToStateSave(string channel, string conversationId, List<(string Author, string? AuthorName, string Text)> lines) =>
        new(channel, conversationId, lines, SqlCommands.ToText(_time.GetUtcNow()), _database.SqliteFile);

    /// <summary>The lock on a conversation's transcript, held by the transaction of the batch it starts.</summary>
    internal static NpgsqlBatchCommand ConversationLock(string channel, string conversationId)
    {
        var conversationLock = new NpgsqlBatchCommand(ConversationLockSql);
        conversationLock.Parameters.AddWithValue("conversation", channel + "\u001f" + conversationId);
        return conversationLock;
    }

    /// <summary>A command of a PostgreSQL batch for <paramref name="sql"/>, its parameters named as <see cref="TranscriptInsert"/> names them.</summary>
    internal static NpgsqlBatchCommand PostgresCommand(string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name.TrimStart('@'), value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Closes the connection the SQLite writer keeps open.</summary>
    public void Dispose() => _sqliteWriter?.Dispose();

    /// <summary>The conversation's messages after <paramref name="afterId"/> (from the start when 0), oldest first, at most <paramref name="limit"/> of the latest.</summary>
    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(string channel, string conversationId, long afterId = 0, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null, """
            SELECT id, author, author_name, text, created_utc FROM conversation_messages
            WHERE channel = @channel AND conversation_id = @conversation AND id > @after
            ORDER BY id DESC LIMIT @limit;
            """,
            ("@channel", channel), ("@conversation", conversationId), ("@after", afterId), ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var lines = new List<TranscriptLine>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            lines.Add(new TranscriptLine(SqlCommands.Int64(reader, 0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), SqlCommands.FromText(reader.GetString(4))));
        }

        lines.Reverse();
        return lines;
    }

    /// <summary>Deletes the messages older than <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, "DELETE FROM conversation_messages WHERE created_utc < @before;", ("@before", SqlCommands.ToText(before)));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
