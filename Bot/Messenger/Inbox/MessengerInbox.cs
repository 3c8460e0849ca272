using Majordome.Bot.Data;
using Majordome.Bot.Messenger.Webhook;
using Newtonsoft.Json;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// The durable inbox of webhook events in the business database (SQLite or PostgreSQL). Events are stored before
/// the webhook answers 200 (so a crash cannot lose them) under a unique key (so a redelivery, even after a restart
/// or onto another instance, is stored once), claimed by one run of one instance (<see cref="InboxInstance"/>),
/// processed and marked done; done rows are purged after the retention period. A run heart-beats for as long as it
/// runs, idle or not; the claims of a run that stopped heart-beating are given back, and a restarted instance takes
/// back at once those of its previous run.
/// </summary>
public sealed class MessengerInbox
{
    private const string Pending = "pending";
    private const string Processing = "processing";
    private const string Done = "done";
    private const string Failed = "failed";

    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;
    private readonly InboxInstance _instance;

    /// <summary>Creates the inbox for <paramref name="instance"/> (a run of its own when not given).</summary>
    public MessengerInbox(BusinessDatabase database, TimeProvider time, InboxInstance? instance = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
        _instance = instance ?? new InboxInstance("unnamed");
    }

    /// <summary>The run this inbox claims events for.</summary>
    public InboxInstance Instance => _instance;

    /// <summary>
    /// Stores the events in one transaction; returns how many were new (duplicates are skipped). The echo of a reply
    /// sent with a <see cref="ReplyToken"/> records that reply as sent (<see cref="ReplyJournal"/>) in the same transaction.
    /// </summary>
    public async Task<int> AddAsync(IReadOnlyList<WebhookEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return 0;
        }

        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        var added = 0;
        var now = SqlCommands.ToText(_time.GetUtcNow());
        foreach (var e in events)
        {
            await using var insert = SqlCommands.Create(connection, transaction, """
                INSERT INTO messenger_inbox (event_key, channel, account_id, conversation_id, event_ms, standby, body, status, received_utc)
                VALUES (@key, @channel, @account, @conversation, @ms, @standby, @body, @status, @now)
                ON CONFLICT (event_key) DO NOTHING;
                """,
                ("@key", e.Key), ("@channel", e.ChannelId), ("@account", e.AccountId), ("@conversation", e.ConversationId),
                ("@ms", e.Timestamp.ToUnixTimeMilliseconds()), ("@standby", e.Standby ? 1 : 0), ("@body", e.Body.ToString(Formatting.None)),
                ("@status", Pending), ("@now", now));
            added += await insert.ExecuteNonQueryAsync(cancellationToken);

            // The echo of one of our replies says it went out: recorded at once, not when the inbox reaches the
            // echo, which waits behind the very event whose run may be waiting for it.
            if (ReplyToken.FromEcho(e.Body) is { } token)
            {
                await ReplyJournal.RecordEchoAsync(connection, transaction, token, Mapping.JsonIds.Text(e.Body["message"]?["mid"]), _time.GetUtcNow(), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>The conversations that have pending events, the one with the oldest event first.</summary>
    public Task<IReadOnlyList<string>> PendingConversationsAsync(CancellationToken cancellationToken = default) =>
        PendingConversationsAsync(int.MaxValue, cancellationToken);

    /// <summary>
    /// The <paramref name="limit"/> conversations whose pending events are the oldest, the oldest first: the processor
    /// asks only for as many as it has free slots (and those already draining), so a backlog of thousands is not read
    /// again, and its ids materialised, at every webhook of a burst.
    /// </summary>
    public async Task<IReadOnlyList<string>> PendingConversationsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT conversation_id FROM messenger_inbox WHERE status = @pending GROUP BY conversation_id ORDER BY MIN(event_ms) LIMIT @limit;",
            ("@pending", Pending), ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <summary>The pending events of one conversation in timestamp order (then arrival order), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<InboxRow>> PendingAsync(string conversationId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, """
            SELECT id, channel, account_id, conversation_id, standby, body, event_key FROM messenger_inbox
            WHERE status = @pending AND conversation_id = @conversation ORDER BY event_ms, id LIMIT @limit;
            """,
            ("@pending", Pending), ("@conversation", conversationId), ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<InboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new InboxRow(SqlCommands.Int64(reader, 0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqlCommands.Int64(reader, 4) == 1, reader.GetString(5), reader.GetString(6)));
        }

        return result;
    }

    /// <summary>How many events are not processed yet: waiting, or claimed and in progress.</summary>
    public async Task<long> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT COUNT(*) FROM messenger_inbox WHERE status IN (@pending, @processing);", ("@pending", Pending), ("@processing", Processing));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Per channel, how many events are not processed yet (waiting or in progress) and when the oldest of them was
    /// received: what the backlog metrics report.
    /// </summary>
    public async Task<IReadOnlyList<(string Channel, long Count, DateTimeOffset OldestReceived)>> BacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT channel, COUNT(*), MIN(received_utc) FROM messenger_inbox WHERE status IN (@pending, @processing) GROUP BY channel ORDER BY channel;",
            ("@pending", Pending), ("@processing", Processing));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var backlog = new List<(string, long, DateTimeOffset)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            backlog.Add((reader.GetString(0), SqlCommands.Int64(reader, 1), SqlCommands.FromText(reader.GetString(2))));
        }

        return backlog;
    }

    /// <summary>
    /// Takes the event for this instance, or returns false when another instance has taken it or is processing
    /// another event of the same conversation: that instance drains the conversation's later events itself, so
    /// a conversation's events stay one at a time and in order even when redeliveries land on several instances.
    /// </summary>
    public async Task<bool> TryClaimAsync(InboxRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);

        // Inside the write lock, so two instances cannot both see "nothing in progress" for the conversation.
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        await using var command = SqlCommands.Create(connection, transaction, """
            UPDATE messenger_inbox SET status = @processing, claimed_utc = @now, claimed_by = @run
            WHERE id = @id AND status = @pending
              AND NOT EXISTS (SELECT 1 FROM messenger_inbox other WHERE other.conversation_id = @conversation AND other.status = @processing);
            """,
            ("@processing", Processing), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@run", _instance.RunId), ("@id", row.Id), ("@pending", Pending), ("@conversation", row.ConversationId));
        var claimed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>
    /// Gives back events claimed before <paramref name="claimedBefore"/> and never finished: their instance stopped
    /// or crashed mid-turn (a turn is cancelled long before), so they are processed again, as after a restart.
    /// </summary>
    public async Task<int> ReleaseAbandonedAsync(DateTimeOffset claimedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE messenger_inbox SET status = @pending, claimed_utc = NULL, claimed_by = NULL WHERE status = @processing AND claimed_utc < @before;",
            ("@pending", Pending), ("@processing", Processing), ("@before", SqlCommands.ToText(claimedBefore)));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Gives back an event this instance claimed but did not start (it is shutting down).</summary>
    public async Task ReleaseAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE messenger_inbox SET status = @pending, claimed_utc = NULL, claimed_by = NULL WHERE id = @id AND status = @processing;",
            ("@pending", Pending), ("@processing", Processing), ("@id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Says this run is alive (and so keeps its claims); the first beat registers it under its instance.</summary>
    public async Task HeartbeatAsync(CancellationToken cancellationToken = default)
    {
        var now = SqlCommands.ToText(_time.GetUtcNow());
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO messenger_inbox_owners (run_id, instance_id, started_utc, heartbeat_utc) VALUES (@run, @instance, @now, @now)
            ON CONFLICT (run_id) DO UPDATE SET heartbeat_utc = excluded.heartbeat_utc;
            """,
            ("@run", _instance.RunId), ("@instance", _instance.InstanceId), ("@now", now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// At start: gives back the events earlier runs of this instance had claimed and not finished (the instance was
    /// killed or crashed), without waiting for their lease to run out. Returns how many.
    /// </summary>
    public async Task<int> TakeBackPreviousRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        await using var release = SqlCommands.Create(connection, transaction, """
            UPDATE messenger_inbox SET status = @pending, claimed_utc = NULL, claimed_by = NULL
            WHERE status = @processing AND claimed_by IN
                (SELECT run_id FROM messenger_inbox_owners WHERE instance_id = @instance AND run_id <> @run);
            """,
            ("@pending", Pending), ("@processing", Processing), ("@instance", _instance.InstanceId), ("@run", _instance.RunId));
        var released = await release.ExecuteNonQueryAsync(cancellationToken);
        await using var forget = SqlCommands.Create(connection, transaction,
            "DELETE FROM messenger_inbox_owners WHERE instance_id = @instance AND run_id <> @run;",
            ("@instance", _instance.InstanceId), ("@run", _instance.RunId));
        await forget.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return released;
    }

    /// <summary>
    /// Gives back the events claimed before <paramref name="staleBefore"/> by a run that has not heart-beaten since
    /// then (it died, whatever its instance), and forgets such runs. Returns how many events.
    /// </summary>
    public async Task<int> ReleaseOrphanedAsync(DateTimeOffset staleBefore, CancellationToken cancellationToken = default)
    {
        var before = SqlCommands.ToText(staleBefore);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);

        // A claim younger than the lease is never taken: its run may have claimed it before its first beat.
        await using var release = SqlCommands.Create(connection, transaction, """
            UPDATE messenger_inbox SET status = @pending, claimed_utc = NULL, claimed_by = NULL
            WHERE status = @processing AND claimed_utc < @before AND claimed_by IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM messenger_inbox_owners o WHERE o.run_id = messenger_inbox.claimed_by AND o.heartbeat_utc >= @before);
            """,
            ("@pending", Pending), ("@processing", Processing), ("@before", before));
        var released = await release.ExecuteNonQueryAsync(cancellationToken);
        await using var forget = SqlCommands.Create(connection, transaction,
            "DELETE FROM messenger_inbox_owners WHERE heartbeat_utc < @before;", ("@before", before));
        await forget.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return released;
    }

    /// <summary>At a graceful stop: gives back whatever this run still holds, and says it is gone. Returns how many events.</summary>
    public async Task<int> ReleaseOwnAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        await using var release = SqlCommands.Create(connection, transaction,
            "UPDATE messenger_inbox SET status = @pending, claimed_utc = NULL, claimed_by = NULL WHERE status = @processing AND claimed_by = @run;",
            ("@pending", Pending), ("@processing", Processing), ("@run", _instance.RunId));
        var released = await release.ExecuteNonQueryAsync(cancellationToken);
        await using var forget = SqlCommands.Create(connection, transaction, "DELETE FROM messenger_inbox_owners WHERE run_id = @run;", ("@run", _instance.RunId));
        await forget.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return released;
    }

    /// <summary>Marks an event processed (<paramref name="succeeded"/>) or given up on after a failure.</summary>
    public async Task MarkFinishedAsync(long id, bool succeeded, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE messenger_inbox SET status = @status, finished_utc = @now WHERE id = @id;",
            ("@status", succeeded ? Done : Failed), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets what a customer wrote in a message they unsent (Instagram <c>is_deleted</c>): the text, attachments and
    /// quick-reply payload of the stored message with that mid. Returns whether a stored message was found.
    /// </summary>
    public async Task<bool> PurgeMessageContentAsync(string channelId, string accountId, string mid, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        // The body is JSON text on both engines; each has its own function to drop keys from it.
        await using var command = SqlCommands.Create(connection, null, _database.Kind == BusinessDatabaseKind.Postgres
            ? """
              UPDATE messenger_inbox
              SET body = (body::jsonb #- '{message,text}' #- '{message,attachments}' #- '{message,quick_reply}' #- '{message,referral}')::text
              WHERE event_key = @key;
              """
            : """
              UPDATE messenger_inbox
              SET body = json_remove(body, '$.message.text', '$.message.attachments', '$.message.quick_reply', '$.message.referral')
              WHERE event_key = @key;
              """,
            ("@key", $"{channelId}/{accountId}/mid:{mid}"));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>Deletes events finished before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        await using var replies = SqlCommands.Create(connection, transaction, """
            DELETE FROM messenger_inbox_replies WHERE inbox_id IN
                (SELECT id FROM messenger_inbox WHERE status NOT IN (@pending, @processing) AND finished_utc < @before);
            """,
            ("@pending", Pending), ("@processing", Processing), ("@before", SqlCommands.ToText(before)));
        await replies.ExecuteNonQueryAsync(cancellationToken);
        await using var intents = SqlCommands.Create(connection, transaction, """
            DELETE FROM messenger_reply_intents WHERE inbox_id IN
                (SELECT id FROM messenger_inbox WHERE status NOT IN (@pending, @processing) AND finished_utc < @before);
            """,
            ("@pending", Pending), ("@processing", Processing), ("@before", SqlCommands.ToText(before)));
        await intents.ExecuteNonQueryAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, transaction,
            "DELETE FROM messenger_inbox WHERE status NOT IN (@pending, @processing) AND finished_utc < @before;",
            ("@pending", Pending), ("@processing", Processing), ("@before", SqlCommands.ToText(before)));
        var purged = await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return purged;
    }

    /// <summary>The stored body of the event with <paramref name="key"/>, or null (for support and tests).</summary>
    public async Task<string?> FindBodyAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, "SELECT body FROM messenger_inbox WHERE event_key = @key;", ("@key", key));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
