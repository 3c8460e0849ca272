using System.Data.Common;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;

namespace Majordome.Bot.Analytics;

/// <summary>
/// The reminders sent in a period and how many were followed, by the same customer, within some days by an order
/// (not cancelled) or a booking (still confirmed), read from <c>proactive_jobs</c>, <c>orders</c> and <c>bookings</c>.
/// </summary>
public sealed class SqlProactiveFollowUps
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the query.</summary>
    public SqlProactiveFollowUps(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>
    /// The messages sent from <paramref name="fromUtc"/> (inclusive) to <paramref name="toUtc"/> (exclusive), by kind,
    /// with how many the customer followed after the send and at most <paramref name="followUpDays"/> days later.
    /// </summary>
    public async Task<IReadOnlyList<ProactiveFollowUp>> ReadAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, int followUpDays, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(followUpDays, 1);
        if (toUtc <= fromUtc)
        {
            throw new ArgumentException("The report's end must come after its start.", nameof(toUtc));
        }

        var window = TimeSpan.FromDays(followUpDays);
        var period = new (string, object?)[] { ("@from", SqlCommands.ToText(fromUtc)), ("@to", SqlCommands.ToText(toUtc)), ("@horizon", SqlCommands.ToText(toUtc + window)) };
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sent = await ReadPairsAsync(connection, """
            SELECT kind, customer_key, updated_utc FROM proactive_jobs
            WHERE status = 'Sent' AND updated_utc >= @from AND updated_utc < @to;
            """, period, cancellationToken).ConfigureAwait(false);

        // Only the reminded customers' orders and bookings from the period's start to its end plus the window: the
        // matching to each reminder's own window happens below, the same on both engines (no date arithmetic in SQL).
        const string Reminded = "customer_key IN (SELECT customer_key FROM proactive_jobs WHERE status = 'Sent' AND updated_utc >= @from AND updated_utc < @to)";
        var orders = ByCustomer(await ReadPairsAsync(connection, $"""
            SELECT '', customer_key, placed_utc FROM orders
            WHERE status <> @cancelled AND placed_utc > @from AND placed_utc < @horizon AND {Reminded};
            """, [.. period, ("@cancelled", nameof(OrderStatus.Cancelled))], cancellationToken).ConfigureAwait(false));
        var bookings = ByCustomer(await ReadPairsAsync(connection, $"""
            SELECT '', customer_key, created_utc FROM bookings
            WHERE status = @confirmed AND created_utc > @from AND created_utc < @horizon AND {Reminded};
            """, [.. period, ("@confirmed", nameof(BookingStatus.Confirmed))], cancellationToken).ConfigureAwait(false));

        bool FollowedIn(ILookup<string, DateTimeOffset> events, (string Kind, string Customer, DateTimeOffset At) job) =>
            events[job.Customer].Any(at => at > job.At && at <= job.At + window);

        return [.. sent.GroupBy(j => j.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var (byOrder, byBooking) = WhatFollows(g.Key);
            var followed = g.Count(j => (byOrder && FollowedIn(orders, j)) || (byBooking && FollowedIn(bookings, j)));
            return new ProactiveFollowUp(g.Key, g.Count(), byOrder && byBooking ? "order or booking" : byOrder ? "order" : "booking", followed);
        })];
    }

    /// <summary>
    /// Which follow-up counts for which kind: an order after a reorder or back-in-stock message (what they offer to
    /// buy), a booking after a booking reminder or thank-you (a tasting booked again; the reminded booking itself was
    /// made before), either after any other kind (order updates, marketers' flow messages).
    /// </summary>
    private static (bool Order, bool Booking) WhatFollows(string kind) => kind switch
    {
        ProactiveKinds.Reorder or ProactiveKinds.BackInStock => (true, false),
        ProactiveKinds.BookingReminder or ProactiveKinds.BookingThanks => (false, true),
        _ => (true, true),
    };

    private static ILookup<string, DateTimeOffset> ByCustomer(List<(string Kind, string Customer, DateTimeOffset At)> rows) =>
        rows.ToLookup(r => r.Customer, r => r.At, StringComparer.Ordinal);

    private static async Task<List<(string Kind, string Customer, DateTimeOffset At)>> ReadPairsAsync(
        DbConnection connection, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string, DateTimeOffset)>();
        await using var command = SqlCommands.Create(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), SqlCommands.FromText(reader.GetString(2))));
        }

        return rows;
    }
}
