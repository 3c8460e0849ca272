using System.Data.Common;
using Majordome.Bot.Data;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// The replies sent for each inbox event (table <c>messenger_inbox_replies</c>): the n-th Send API message of the
/// event's turn, a hash of its content and Graph's message id, written as soon as Graph accepted it. A turn run again
/// after a crash skips the replies already recorded, so the customer does not get them twice. Where Meta echoes the
/// Page's messages, each reply's intent is written first (table <c>messenger_reply_intents</c>) with the token its
/// metadata carries, and the echo bearing that token records the reply too: the reply that was on the wire when the
/// process died is then known to have gone out.
/// </summary>
public sealed class ReplyJournal
{
    // How often a run taken back after a crash looks for the echo of a reply that was on the wire.
    private static readonly TimeSpan EchoPollInterval = TimeSpan.FromMilliseconds(100);

    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the journal; <paramref name="options"/> give <see cref="EchoWait"/> (zero without them).</summary>
    public ReplyJournal(BusinessDatabase database, TimeProvider time, IOptions<MessengerInboxOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
        EchoWait = options?.Value.EchoWait ?? TimeSpan.Zero;
    }

    /// <summary>How long a run taken back after a crash waits for the echo of a reply that was on the wire (<see cref="MessengerInboxOptions.EchoWait"/>).</summary>
    public TimeSpan EchoWait { get; }

    /// <summary>The journal's clock, for deadlines passed to <see cref="WaitForRecordAsync"/>.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

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
    /// <summary>The replies of <paramref name="inboxId"/> that were about to go out: intent by position.</summary>
    public async Task<IReadOnlyDictionary<int, ReplyIntent>> IntentsAsync(long inboxId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT seq, content_hash, token FROM messenger_reply_intents WHERE inbox_id = @id;", ("@id", inboxId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var intents = new Dictionary<int, ReplyIntent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            intents[SqlCommands.Int32(reader, 0)] = new ReplyIntent(reader.GetString(1), reader.GetString(2));
        }

        return intents;
    }

    /// <summary>Writes, in one transaction, that these replies of <paramref name="inboxId"/> are about to go out with their tokens.</summary>
    public async Task IntendAsync(long inboxId, IReadOnlyList<(int Seq, ReplyIntent Intent)> replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count == 0)
        {
            return;
        }

        var now = SqlCommands.ToText(_time.GetUtcNow());
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        foreach (var (seq, intent) in replies)
        {
            await using var command = SqlCommands.Create(connection, transaction, """
                INSERT INTO messenger_reply_intents (inbox_id, seq, content_hash, token, intended_utc) VALUES (@id, @seq, @hash, @token, @now)
                ON CONFLICT (inbox_id, seq) DO UPDATE SET content_hash = excluded.content_hash, token = excluded.token, intended_utc = excluded.intended_utc;
                """,
                ("@id", inboxId), ("@seq", seq), ("@hash", intent.Hash), ("@token", intent.Token), ("@now", now));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Waits until reply <paramref name="seq"/> of <paramref name="inboxId"/> is recorded with <paramref name="contentHash"/>
    /// (its echo came), or until <paramref name="until"/>; returns whether it was.
    /// </summary>
    public async Task<bool> WaitForRecordAsync(long inboxId, int seq, string contentHash, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            await using (var connection = await _database.OpenAsync(cancellationToken))
            await using (var command = SqlCommands.Create(connection, null,
                "SELECT content_hash FROM messenger_inbox_replies WHERE inbox_id = @id AND seq = @seq;", ("@id", inboxId), ("@seq", seq)))
            {
                if (await command.ExecuteScalarAsync(cancellationToken) is string recorded && recorded == contentHash)
                {
                    return true;
                }
            }

            var left = until - _time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            await Task.Delay(left < EchoPollInterval ? left : EchoPollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records as sent the reply whose intent carries <paramref name="token"/>, from its echo (message id
    /// <paramref name="mid"/>), inside the caller's transaction; a reply already recorded is left as it is. Returns
    /// whether a reply was recorded.
    /// </summary>
    internal static async Task<bool> RecordEchoAsync(DbConnection connection, DbTransaction transaction, string token, string? mid, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction, """
            INSERT INTO messenger_inbox_replies (inbox_id, seq, content_hash, message_id, sent_utc)
            SELECT inbox_id, seq, content_hash, @mid, @now FROM messenger_reply_intents WHERE token = @token
            ON CONFLICT (inbox_id, seq) DO NOTHING;
            """,
            ("@token", token), ("@mid", mid), ("@now", SqlCommands.ToText(now)));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
