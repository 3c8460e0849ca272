using Majordome.Bot.Data;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// The replies sent for each inbox event (table <c>messenger_inbox_replies</c>): the n-th Send API message of the
/// event's turn, a hash of its content and Graph's message id, written as soon as Graph accepted it. A turn run again
/// after a crash skips the replies already recorded, so the customer does not get them twice.
/// </summary>
public sealed class ReplyJournal
{
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the journal.</summary>
    public ReplyJournal(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>The replies recorded for <paramref name="inboxId"/>: content hash by position.</summary>
    public async Task<IReadOnlyDictionary<int, string>> SentAsync(long inboxId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT seq, content_hash FROM messenger_inbox_replies WHERE inbox_id = @id;", ("@id", inboxId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sent = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sent[(int)SqlCommands.Int64(reader, 0)] = reader.GetString(1);
        }

        return sent;
    }

    /// <summary>Records that reply <paramref name="seq"/> of <paramref name="inboxId"/> went out.</summary>
    public async Task RecordAsync(long inboxId, int seq, string contentHash, string? messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO messenger_inbox_replies (inbox_id, seq, content_hash, message_id, sent_utc) VALUES (@id, @seq, @hash, @mid, @now)
            ON CONFLICT (inbox_id, seq) DO UPDATE SET content_hash = excluded.content_hash, message_id = excluded.message_id, sent_utc = excluded.sent_utc;
            """,
            ("@id", inboxId), ("@seq", seq), ("@hash", contentHash), ("@mid", messageId), ("@now", SqlCommands.ToText(_time.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
