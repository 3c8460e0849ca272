using System.Data.Common;
using System.Text.Json;
using Majordome.Bot.Data;

namespace Majordome.Bot.Team.Notifications;

/// <summary>
/// The team's notifications waiting to go out, in the business database: a customer's turn only writes a row per
/// target, and <see cref="TeamNotificationSender"/> sends them in the background, so a slow SMTP server never delays a
/// reply and a crash loses nothing (a row is sent again until marked sent). A row is claimed for a while before it
/// is sent, so two instances do not both send it.
/// </summary>
public sealed class SqlNotificationOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the outbox.</summary>
    public SqlNotificationOutbox(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>
    /// Queues <paramref name="notice"/> for each of <paramref name="targets"/>; <paramref name="key"/> names the notice, and
    /// queueing the same key again (a retried turn) adds nothing. <paramref name="customerKey"/> is whom it is about: a
    /// customer's erasure deletes their notices.
    /// </summary>
    public async Task EnqueueAsync(string key, string customerKey, TeamNotice notice, IEnumerable<string> targets, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(targets);
        var chosen = targets.ToList();
        if (chosen.Count == 0)
        {
            return;
        }

        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await InsertAsync(transaction, key, customerKey, notice, chosen, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="EnqueueAsync(string, string, TeamNotice, IEnumerable{string}, CancellationToken)"/>, inside the
    /// caller's <paramref name="transaction"/> (the notice commits with the request it announces, or not at all).
    /// </summary>
    public async Task EnqueueAsync(DbTransaction transaction, string key, string customerKey, TeamNotice notice, IEnumerable<string> targets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(targets);
        await InsertAsync(transaction, key, customerKey, notice, targets.ToList(), cancellationToken).ConfigureAwait(false);
    }

    private async Task InsertAsync(DbTransaction transaction, string key, string customerKey, TeamNotice notice, IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(notice, Json);
        var now = SqlCommands.ToText(_time.GetUtcNow());
        foreach (var target in targets)
        {
            await using var insert = SqlCommands.Create(transaction.Connection!, transaction, """
                INSERT INTO team_notifications (dedupe_key, target, payload_json, created_utc, attempts, next_attempt_utc, customer_key)
                VALUES (@key, @target, @payload, @now, 0, @now, @customer)
                ON CONFLICT (dedupe_key) DO NOTHING;
                """,
                ("@key", $"{key}/{target}"), ("@target", target), ("@payload", payload), ("@now", now), ("@customer", customerKey));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> notices due now for <paramref name="claimFor"/> (nobody else takes them
    /// meanwhile; a crashed sender's claim lapses and another sends them).
    /// </summary>
    public async Task<IReadOnlyList<OutboxNotice>> ClaimDueAsync(int limit, TimeSpan claimFor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var due = new List<OutboxNotice>();
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using (var select = SqlCommands.Create(connection, null, """
            SELECT id, target, payload_json, attempts FROM team_notifications
            WHERE sent_utc IS NULL AND abandoned_utc IS NULL AND next_attempt_utc <= @now
              AND (claimed_until_utc IS NULL OR claimed_until_utc <= @now)
            ORDER BY id LIMIT @limit;
            """, ("@now", SqlCommands.ToText(now)), ("@limit", limit)))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                due.Add(new OutboxNotice(SqlCommands.Int64(reader, 0), reader.GetString(1), JsonSerializer.Deserialize<TeamNotice>(reader.GetString(2), Json)!, SqlCommands.Int32(reader, 3)));
            }
        }

        var claimed = new List<OutboxNotice>();
        foreach (var notice in due)
        {
            // Conditional: of two instances reading the same row, one claims it.
            await using var claim = SqlCommands.Create(connection, null, """
                UPDATE team_notifications SET claimed_until_utc = @until
                WHERE id = @id AND sent_utc IS NULL AND (claimed_until_utc IS NULL OR claimed_until_utc <= @now);
                """, ("@until", SqlCommands.ToText(now + claimFor)), ("@id", notice.Id), ("@now", SqlCommands.ToText(now)));
            if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                claimed.Add(notice);
            }
        }

        return claimed;
    }

    /// <summary>Records that notice <paramref name="id"/> went out.</summary>
    public Task MarkSentAsync(long id, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE team_notifications SET sent_utc = @now, attempts = attempts + 1, claimed_until_utc = NULL WHERE id = @id;", cancellationToken,
            ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@id", id));

    /// <summary>Records a failed attempt: tried again at <paramref name="retryAt"/>, or given up when null.</summary>
    public Task MarkFailedAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            UPDATE team_notifications SET attempts = attempts + 1, last_error = @error, claimed_until_utc = NULL,
                next_attempt_utc = @next, abandoned_utc = @abandoned
            WHERE id = @id;
            """, cancellationToken,
            ("@error", error.Length > 1000 ? error[..1000] : error), ("@next", SqlCommands.ToText(retryAt ?? _time.GetUtcNow())),
            ("@abandoned", retryAt is null ? SqlCommands.ToText(_time.GetUtcNow()) : null), ("@id", id));

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A notice claimed from the outbox.</summary>
/// <param name="Id">Its row.</param>
/// <param name="Target">Which notifier sends it.</param>
/// <param name="Notice">What it says.</param>
/// <param name="Attempts">Attempts made before this one.</param>
public sealed record OutboxNotice(long Id, string Target, TeamNotice Notice, int Attempts);
