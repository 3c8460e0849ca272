using Npgsql;

namespace Majordome.Bot.Storage;

/// <summary>
/// Listening on a PostgreSQL notification channel, as the instance-wide listeners do (Direct Line replies, identity
/// link changes): one pooled connection, LISTEN, then waits for notifications and probes a silent connection.
/// </summary>
internal static class PostgresNotifications
{
    /// <summary>How long the connection may stay silent before a query checks it is still alive.</summary>
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Listens on <paramref name="channel"/> until cancelled or the connection fails (the exception is the caller's
    /// to log and retry): <paramref name="onNotification"/> gets each payload, <paramref name="onListening"/> runs once
    /// the LISTEN is in place, when no change can be missed any more.
    /// </summary>
    public static async Task ListenAsync(PostgresConnector connector, string channel, Action<string> onNotification, Action onListening, CancellationToken cancellationToken)
    {
        await using var connection = await connector.OpenAsync(cancellationToken).ConfigureAwait(false);
        connection.Notification += (_, e) => onNotification(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {channel};", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        onListening();
        await using var probe = new NpgsqlCommand("SELECT 1;", connection);
        while (true)
        {
            if (!await connection.WaitAsync(ProbeInterval, cancellationToken).ConfigureAwait(false))
            {
                // Silence: make sure the connection is still there (a dead peer is not noticed by waiting).
                await probe.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
