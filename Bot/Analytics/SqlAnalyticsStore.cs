using Majordome.Bot.Data;
using Majordome.Dialogs.Bookings;

namespace Majordome.Bot.Analytics;

/// <summary>
/// The counters in the business database (SQLite or PostgreSQL, table <c>analytics_counters</c>): one row per hour,
/// channel, language, event and name, to which every instance adds its counts, and the reports read from it with
/// the orders and bookings.
/// </summary>
public sealed class SqlAnalyticsStore
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the store.</summary>
    public SqlAnalyticsStore(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Adds <paramref name="counts"/> to the stored totals, all or none.</summary>
    public async Task AddAsync(IReadOnlyDictionary<AnalyticsKey, long> counts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            return;
        }

        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // In one order on every instance: two instances adding to the same rows then wait for each other instead of
        // deadlocking (PostgreSQL locks each upserted row until the commit).
        var ordered = counts.OrderBy(c => c.Key.HourUtc).ThenBy(c => c.Key.Channel, StringComparer.Ordinal).ThenBy(c => c.Key.Language, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Event, StringComparer.Ordinal).ThenBy(c => c.Key.Name, StringComparer.Ordinal);
        foreach (var (key, count) in ordered)
        {
            // Several instances add to the same rows: the increment happens in the database, never read-then-write.
            await using var command = SqlCommands.Create(connection, transaction, """
                INSERT INTO analytics_counters (hour_utc, channel, language, event, name, count)
                VALUES (@hour, @channel, @language, @event, @name, @count)
                ON CONFLICT (hour_utc, channel, language, event, name) DO UPDATE SET count = analytics_counters.count + excluded.count;
                """,
                ("@hour", SqlCommands.ToText(key.HourUtc)), ("@channel", key.Channel), ("@language", key.Language),
                ("@event", key.Event), ("@name", key.Name), ("@count", count));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The report of the hours from <paramref name="fromUtc"/> (inclusive) to <paramref name="toUtc"/> (exclusive).</summary>
    public async Task<AnalyticsReport> ReadAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default)
    {
        if (toUtc <= fromUtc)
        {
            throw new ArgumentException("The report's end must come after its start.", nameof(toUtc));
        }

        var from = SqlCommands.ToText(fromUtc);
        var to = SqlCommands.ToText(toUtc);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);

        var totals = new List<AnalyticsTotal>();
        await using (var command = SqlCommands.Create(connection, null, """
            SELECT event, name, channel, language, SUM(count) FROM analytics_counters
            WHERE hour_utc >= @from AND hour_utc < @to
            GROUP BY event, name, channel, language;
            """, ("@from", from), ("@to", to)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                totals.Add(new AnalyticsTotal(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqlCommands.Int64(reader, 4)));
            }
        }

        long orders, revenue;
        await using (var command = SqlCommands.Create(connection, null, """
            SELECT COUNT(*), COALESCE(SUM(delivery_cents + (SELECT COALESCE(SUM(unit_price_cents * quantity), 0) FROM order_lines WHERE order_number = orders.number)), 0)
            FROM orders WHERE placed_utc >= @from AND placed_utc < @to AND status <> @cancelled;
            """, ("@from", from), ("@to", to), ("@cancelled", nameof(Majordome.Dialogs.Commerce.OrderStatus.Cancelled))))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (orders, revenue) = (SqlCommands.Int64(reader, 0), SqlCommands.Int64(reader, 1));
        }

        long bookings, guests;
        await using (var command = SqlCommands.Create(connection, null, """
            SELECT COUNT(*), COALESCE(SUM(party_size), 0) FROM bookings
            WHERE created_utc >= @from AND created_utc < @to AND status = @confirmed;
            """, ("@from", from), ("@to", to), ("@confirmed", nameof(BookingStatus.Confirmed))))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (bookings, guests) = (SqlCommands.Int64(reader, 0), SqlCommands.Int64(reader, 1));
        }

        // Scheduled messages count where they ended (sent, dropped with why) in the period; waiting ones are not counted.
        var proactive = new List<ProactiveTotal>();
        await using (var command = SqlCommands.Create(connection, null, """
            SELECT kind, status, COALESCE(outcome, ''), COUNT(*) FROM proactive_jobs
            WHERE updated_utc >= @from AND updated_utc < @to AND status IN ('Sent', 'Dropped', 'Cancelled', 'Failed')
            GROUP BY kind, status, COALESCE(outcome, '') ORDER BY kind, status, COALESCE(outcome, '');
            """, ("@from", from), ("@to", to)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                proactive.Add(new ProactiveTotal(reader.GetString(0), reader.GetString(1), reader.GetString(2), SqlCommands.Int64(reader, 3)));
            }
        }

        return new AnalyticsReport(fromUtc, toUtc, totals, orders, revenue, bookings, guests) { Proactive = proactive };
    }
}
