using Npgsql;
using NpgsqlTypes;

namespace Majordome.Bot.Storage;

/// <summary>
/// A conversation's turn lock shared by every instance on one PostgreSQL server: a session-level advisory lock
/// on a 64-bit hash of the key, held on a connection for the length of the turn. If an instance dies mid-turn,
/// its connection drops and the server releases the lock, so no conversation stays locked.
/// </summary>
public sealed class PostgresConversationLock : IDistributedConversationLock
{
    private const string Lock = "SELECT pg_advisory_lock(hashtextextended(@key, 1));";
    private const string Unlock = "SELECT pg_advisory_unlock(hashtextextended(@key, 1));";

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates the lock on <paramref name="dataSource"/>.</summary>
    public PostgresConversationLock(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    /// <inheritdoc />
    public async Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand(Lock, connection);
            command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = conversationKey });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new Held(connection, conversationKey);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, string key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            // Unlock explicitly: a pooled connection keeps its session (and the lock) until it is reused.
            // If the connection is broken, the server has already dropped the lock with it.
            try
            {
                using var command = new NpgsqlCommand(Unlock, connection);
                command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = key });
                command.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
            }
            finally
            {
                connection.Dispose();
            }
        }
    }
}
