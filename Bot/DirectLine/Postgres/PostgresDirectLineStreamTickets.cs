using Majordome.Bot.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Majordome.Bot.DirectLine.Postgres;

/// <summary>
/// The used stream tokens in the shared database (table <c>directline_stream_tickets</c>): a stream URL opens one
/// socket whichever instance it reaches. Expired ones are deleted now and then, as in memory.
/// </summary>
public sealed class PostgresDirectLineStreamTickets : IDirectLineStreamTickets
{
    private const int PruneEvery = 256;
    private readonly PostgresConnector _connector;
    private readonly TimeProvider _time;
    private int _uses;

    /// <summary>Creates the set.</summary>
    public PostgresDirectLineStreamTickets(PostgresConnector connector, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(time);
        _connector = connector;
        _time = time;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryUseAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        await using var connection = await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (Interlocked.Increment(ref _uses) % PruneEvery == 0)
        {
            // An expired token is refused by its signature check anyway: forgetting it keeps the table small.
            await using var prune = new NpgsqlCommand(PostgresDirectLineSql.PruneTickets, connection);
            prune.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = _time.GetUtcNow().UtcDateTime });
            await prune.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var use = new NpgsqlCommand(PostgresDirectLineSql.UseTicket, connection);
        use.Parameters.Add(new NpgsqlParameter("nonce", NpgsqlDbType.Text) { Value = nonce });
        use.Parameters.Add(new NpgsqlParameter("expires", NpgsqlDbType.TimestampTz) { Value = expiresAt.UtcDateTime });
        return await use.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
