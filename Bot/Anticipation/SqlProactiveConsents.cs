using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// The customers' consents in the business database: each category they agreed to, with the exact wording they saw
/// and when (<c>proactive_consents</c>, the latest grant kept), and whether they stopped everything
/// (<c>proactive_stops</c>). News about their own order or booking (utility) needs no opt-in, only no stop; offers
/// (marketing) need a grant. A stop also cancels their pending jobs.
/// </summary>
public sealed class SqlProactiveConsents : IProactiveConsents
{
    private const int MaxWordingLength = 2000;
    private readonly BusinessDatabase _database;
    private readonly IProactiveScheduler _jobs;

    /// <summary>Creates the store; <paramref name="jobs"/> is where a stop cancels pending messages.</summary>
    public SqlProactiveConsents(BusinessDatabase database, IProactiveScheduler jobs)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(jobs);
        _database = database;
        _jobs = jobs;
    }

    /// <inheritdoc />
    public async Task GrantAsync(string customerKey, ProactiveCategory category, string wording, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(wording);

        // The wording is the proof of what was agreed to: kept whole up to a bound no real sentence reaches.
        var kept = wording.Length > MaxWordingLength ? wording[..MaxWordingLength] : wording;
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO proactive_consents (customer_key, category, wording, granted_utc) VALUES (@customer, @category, @wording, @at)
            ON CONFLICT (customer_key, category) DO UPDATE SET wording = excluded.wording, granted_utc = excluded.granted_utc;
            """,
            ("@customer", customerKey), ("@category", category.ToString()), ("@wording", kept), ("@at", SqlCommands.ToText(at)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task StopAllAsync(string customerKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        await SetStoppedAsync(customerKey, true, at, cancellationToken).ConfigureAwait(false);
        await _jobs.CancelPendingAsync(customerKey, null, ProactiveOutcomes.Stopped, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task ResumeAsync(string customerKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        return SetStoppedAsync(customerKey, false, at, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> AllowsAsync(string customerKey, ProactiveCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, """
            SELECT (SELECT stopped FROM proactive_stops WHERE customer_key = @customer),
                   (SELECT COUNT(*) FROM proactive_consents WHERE customer_key = @customer AND category = @category);
            """,
            ("@customer", customerKey), ("@category", category.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var stopped = !reader.IsDBNull(0) && SqlCommands.Int32(reader, 0) != 0;
        var granted = SqlCommands.Int64(reader, 1) > 0;
        return !stopped && (category == ProactiveCategory.Utility || granted);
    }

    /// <summary>The wording the customer agreed to for <paramref name="category"/> and when, or null.</summary>
    public async Task<(string Wording, DateTimeOffset At)?> FindGrantAsync(string customerKey, ProactiveCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT wording, granted_utc FROM proactive_consents WHERE customer_key = @customer AND category = @category;",
            ("@customer", customerKey), ("@category", category.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetString(0), SqlCommands.FromText(reader.GetString(1))) : null;
    }

    private async Task SetStoppedAsync(string customerKey, bool stopped, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO proactive_stops (customer_key, stopped, changed_utc) VALUES (@customer, @stopped, @at)
            ON CONFLICT (customer_key) DO UPDATE SET stopped = excluded.stopped, changed_utc = excluded.changed_utc;
            """,
            ("@customer", customerKey), ("@stopped", stopped ? 1 : 0), ("@at", SqlCommands.ToText(at)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
