using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// Claims due jobs for one instance and records how each ended. A claim is a lease: the job is this instance's until
/// <c>claimed_until</c>, after which another instance may take it (the first one died). On PostgreSQL the claim skips
/// rows another instance is claiming (<c>FOR UPDATE SKIP LOCKED</c>); on SQLite it runs under the file's write lock.
/// Finishing checks the claim is still this instance's, so a claim taken over after a lease ran out is not finished twice.
/// </summary>
public sealed class ProactiveJobClaims
{
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the claims of <paramref name="instance"/>.</summary>
    public ProactiveJobClaims(BusinessDatabase database, TimeProvider time, string instance)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(instance);
        _database = database;
        _time = time;
        Instance = instance;
    }

    /// <summary>The instance that claims.</summary>
    public string Instance { get; }

    /// <summary>
    /// Claims up to <paramref name="limit"/> jobs due now (or whose claim's lease ran out), oldest due first, for
    /// <paramref name="lease"/>; the jobs of channels that wait for the customer's visit are left for the greeting.
    /// </summary>
    public async Task<IReadOnlyList<ProactiveJob>> ClaimDueAsync(int limit, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var now = _time.GetUtcNow();
        var skipLocked = _database.Kind == BusinessDatabaseKind.Postgres ? " FOR UPDATE SKIP LOCKED" : string.Empty;
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = _database.Kind == BusinessDatabaseKind.Sqlite
            ? await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false)
            : await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, transaction, $"""
            UPDATE proactive_jobs SET status = 'Claimed', claimed_by = @me, claimed_until = @until, updated_utc = @now
            WHERE id IN (
                SELECT id FROM proactive_jobs
                WHERE ((status = 'Pending' AND due_utc <= @now) OR (status = 'Claimed' AND claimed_until < @now))
                  AND channel_id NOT IN {ProactiveJobRows.VisitChannelsSql}
                ORDER BY due_utc, id
                LIMIT @limit{skipLocked})
            RETURNING {ProactiveJobRows.Columns};
            """,
            ("@me", Instance), ("@until", SqlCommands.ToText(now + lease)), ("@now", SqlCommands.ToText(now)), ("@limit", limit));
        var claimed = await ProactiveJobRows.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <summary>
    /// Claims the customer's jobs due now on the channels that wait for a visit, for <paramref name="lease"/>: the
    /// greeting composes and shows them.
    /// </summary>
    public async Task<IReadOnlyList<ProactiveJob>> ClaimForVisitAsync(string customerKey, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        var now = _time.GetUtcNow();
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, transaction, $"""
            UPDATE proactive_jobs SET status = 'Claimed', claimed_by = @me, claimed_until = @until, updated_utc = @now
            WHERE customer_key = @customer AND channel_id IN {ProactiveJobRows.VisitChannelsSql}
              AND ((status = 'Pending' AND due_utc <= @now) OR (status = 'Claimed' AND claimed_until < @now))
            RETURNING {ProactiveJobRows.Columns};
            """,
            ("@me", Instance), ("@until", SqlCommands.ToText(now + lease)), ("@now", SqlCommands.ToText(now)), ("@customer", customerKey));
        var claimed = await ProactiveJobRows.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [.. claimed.OrderBy(j => j.Request.DueAt).ThenBy(j => j.Id)];
    }

    /// <summary>Ends claimed job <paramref name="id"/> as <paramref name="status"/> for <paramref name="outcome"/>; false when the claim is no longer this instance's.</summary>
    public async Task<bool> FinishAsync(long id, ProactiveJobStatus status, string outcome, bool attempted, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        if (status is ProactiveJobStatus.Pending or ProactiveJobStatus.Claimed)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A job is finished as Sent, Dropped, Cancelled or Failed; use ReleaseAsync to try it later.");
        }

        return await UpdateClaimedAsync(id, status, outcome, null, attempted, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives claimed job <paramref name="id"/> back as pending, due at <paramref name="dueAt"/> (a retry, quiet hours, the pace).</summary>
    public Task<bool> ReleaseAsync(long id, DateTimeOffset dueAt, string outcome, bool attempted, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        return UpdateClaimedAsync(id, ProactiveJobStatus.Pending, outcome, dueAt, attempted, cancellationToken);
    }

    private async Task<bool> UpdateClaimedAsync(long id, ProactiveJobStatus status, string outcome, DateTimeOffset? dueAt, bool attempted, CancellationToken cancellationToken)
    {
        var due = dueAt is null ? string.Empty : ", due_utc = @due";
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, $"""
            UPDATE proactive_jobs SET status = @status, outcome = @outcome, attempts = attempts + @attempted, claimed_by = NULL, claimed_until = NULL, updated_utc = @now{due}
            WHERE id = @id AND status = 'Claimed' AND claimed_by = @me;
            """,
            ("@status", status.ToString()), ("@outcome", outcome), ("@attempted", attempted ? 1 : 0), ("@now", SqlCommands.ToText(_time.GetUtcNow())),
            ("@due", dueAt is { } at ? SqlCommands.ToText(at) : null), ("@id", id), ("@me", Instance));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
