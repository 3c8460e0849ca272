using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;

namespace Majordome.Bot.Analytics;

/// <summary>
/// The reminders sent in a period and how many the customer opened, by kind: a Messenger or Instagram read receipt
/// recorded on the job (<see cref="SqlProactiveReads"/>), or a WhatsApp read status of its message. Web Chat tells
/// nothing, so its messages are sent but never "told"; neither are those sent before sends were timed.
/// </summary>
public sealed class SqlProactiveOpens
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the query.</summary>
    public SqlProactiveOpens(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>The messages sent from <paramref name="fromUtc"/> (inclusive) to <paramref name="toUtc"/> (exclusive), by kind, with how many were opened.</summary>
    public async Task<IReadOnlyList<ProactiveOpens>> ReadAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default)
    {
        if (toUtc <= fromUtc)
        {
            throw new ArgumentException("The report's end must come after its start.", nameof(toUtc));
        }

        var rows = new List<(string Kind, bool Told, bool Opened)>();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, """
            SELECT j.kind, j.channel_id, CASE WHEN j.sent_utc IS NULL THEN 0 ELSE 1 END,
                   CASE WHEN j.read_utc IS NOT NULL OR EXISTS (
                       SELECT 1 FROM whatsapp_message_status s WHERE s.message_id = j.sent_message_id AND s.status = 'read') THEN 1 ELSE 0 END
            FROM proactive_jobs j
            WHERE j.status = 'Sent' AND j.updated_utc >= @from AND j.updated_utc < @to;
            """,
            ("@from", SqlCommands.ToText(fromUtc)), ("@to", SqlCommands.ToText(toUtc)));
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var told = SqlProactiveReads.ChannelTells(reader.GetString(1)) && SqlCommands.Int64(reader, 2) == 1;
                rows.Add((reader.GetString(0), told, told && SqlCommands.Int64(reader, 3) == 1));
            }
        }

        return [.. rows.GroupBy(r => r.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProactiveOpens(g.Key, g.Count(), g.Count(r => r.Told), g.Count(r => r.Opened)))];
    }
}
