using System.Text.Json;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// The durable schedule in the business database (table <c>proactive_jobs</c>): what Dialogs schedules, what the
/// CLI lists and cancels. At most one job per <see cref="ProactiveJobRequest.OnceKey"/>, by a unique column, so two
/// instances (or a retried turn) scheduling the same thing yield one job. Claiming and finishing are
/// <see cref="ProactiveJobClaims"/>'.
/// </summary>
public sealed class SqlProactiveJobs : IProactiveScheduler
{
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlProactiveJobs(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public async Task<ProactiveJob> ScheduleAsync(ProactiveJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Kind);
        ArgumentNullException.ThrowIfNull(request.To);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.To.CustomerKey);
        EnsureJson(request.PayloadJson);
        var now = SqlCommands.ToText(_time.GetUtcNow());
        await using (var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            var to = request.To;
            await using var insert = SqlCommands.Create(connection, null, $"""
                INSERT INTO proactive_jobs (kind, customer_key, channel_id, user_id, conversation_id, service_url, locale, time_zone, due_utc, payload_json, once_key, status, attempts, created_utc, updated_utc)
                VALUES (@kind, @customer, @channel, @user, @conversation, @service, @locale, @zone, @due, @payload, @once, 'Pending', 0, @now, @now)
                ON CONFLICT (once_key) DO NOTHING
                RETURNING {ProactiveJobRows.Columns};
                """,
                ("@kind", request.Kind), ("@customer", to.CustomerKey), ("@channel", to.ChannelId), ("@user", to.UserId),
                ("@conversation", to.ConversationId), ("@service", to.ServiceUrl), ("@locale", to.Locale), ("@zone", to.TimeZone),
                ("@due", SqlCommands.ToText(request.DueAt)), ("@payload", request.PayloadJson), ("@once", request.OnceKey), ("@now", now));
            if ((await ProactiveJobRows.ReadAllAsync(insert, cancellationToken).ConfigureAwait(false)) is [var added])
            {
                return added;
            }
        }

        // Only a once_key can conflict: the job scheduled before is the answer.
        return await FindByOnceKeyAsync(request.OnceKey!, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The job with once-key '{request.OnceKey}' was neither added nor found.");
    }

    /// <inheritdoc />
    public async Task<int> CancelPendingAsync(string customerKey, string? kind, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        var ofKind = kind is null ? string.Empty : " AND kind = @kind";
        await using var command = SqlCommands.Create(connection, null,
            $"UPDATE proactive_jobs SET status = 'Cancelled', outcome = @reason, updated_utc = @now WHERE customer_key = @customer AND status = 'Pending'{ofKind};",
            ("@reason", reason), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@customer", customerKey), ("@kind", kind));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> CancelAsync(string onceKey, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onceKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE proactive_jobs SET status = 'Cancelled', outcome = @reason, updated_utc = @now WHERE once_key = @once AND status = 'Pending';",
            ("@reason", reason), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@once", onceKey));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ProactiveJob>> ListForCustomerAsync(string customerKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        return ListAsync(customerKey, null, 1000, cancellationToken);
    }

    /// <summary>The most recent jobs, newest first, of one customer and/or one status when given.</summary>
    public async Task<IReadOnlyList<ProactiveJob>> ListAsync(string? customerKey, ProactiveJobStatus? status, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var filters = new List<string>();
        if (customerKey is not null)
        {
            filters.Add("customer_key = @customer");
        }

        if (status is not null)
        {
            filters.Add("status = @status");
        }

        var where = filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT {ProactiveJobRows.Columns} FROM proactive_jobs{where} ORDER BY id DESC LIMIT @limit;",
            ("@customer", customerKey), ("@status", status?.ToString()), ("@limit", limit));
        return await ProactiveJobRows.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels job <paramref name="id"/> if it is still pending; false when it is not (unknown, or already sent or ended).</summary>
    public async Task<bool> CancelAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE proactive_jobs SET status = 'Cancelled', outcome = @reason, updated_utc = @now WHERE id = @id AND status = 'Pending';",
            ("@reason", reason), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@id", id));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<ProactiveJob?> FindByOnceKeyAsync(string onceKey, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT {ProactiveJobRows.Columns} FROM proactive_jobs WHERE once_key = @once;", ("@once", onceKey));
        return (await ProactiveJobRows.ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    // A payload the composer cannot read would fail at the due time, far from the code that wrote it: refuse it now.
    private static void EnsureJson(string payloadJson)
    {
        ArgumentNullException.ThrowIfNull(payloadJson);
        try
        {
            using var _ = JsonDocument.Parse(payloadJson);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"The job's payload is not JSON ({exception.Message}); pass what the composer needs as a JSON object.", nameof(payloadJson), exception);
        }
    }
}
