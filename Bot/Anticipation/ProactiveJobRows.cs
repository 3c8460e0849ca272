using System.Data.Common;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation;

/// <summary>The columns of <c>proactive_jobs</c> as a <see cref="ProactiveJob"/> is read from them, in one place for every query.</summary>
internal static class ProactiveJobRows
{
    /// <summary>The selected columns, in the order <see cref="Read"/> reads them.</summary>
    public const string Columns =
        "id, kind, customer_key, channel_id, user_id, conversation_id, service_url, locale, time_zone, due_utc, payload_json, once_key, status, attempts, outcome, created_utc, updated_utc";

    /// <summary>The channels whose customers cannot be written to first: their jobs wait for the next visit (<see cref="ProactiveGreeting"/>).</summary>
    public const string VisitChannelsSql = "('webchat', 'directline')";

    /// <summary>The job of the reader's current row.</summary>
    public static ProactiveJob Read(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var to = new ProactiveAddress(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), Text(reader, 6), Text(reader, 7), Text(reader, 8));
        var request = new ProactiveJobRequest(reader.GetString(1), to, SqlCommands.FromText(reader.GetString(9)), reader.GetString(10), Text(reader, 11));
        return new ProactiveJob(
            SqlCommands.Int64(reader, 0),
            request,
            Enum.Parse<ProactiveJobStatus>(reader.GetString(12)),
            SqlCommands.Int32(reader, 13),
            Text(reader, 14),
            SqlCommands.FromText(reader.GetString(15)),
            SqlCommands.FromText(reader.GetString(16)));
    }

    /// <summary>Every job the reader returns.</summary>
    public static async Task<IReadOnlyList<ProactiveJob>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var jobs = new List<ProactiveJob>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(Read(reader));
        }

        return jobs;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
