using Npgsql;
using NpgsqlTypes;

namespace Majordome.Bot.Storage;

/// <summary>
/// A conversation's turn lock shared by every instance on one PostgreSQL server: a session-level advisory lock
/// on a 64-bit hash of the key, held on a connection for the length of the turn. If an instance dies mid-turn,
/// its connection drops and the server releases the lock, so no conversation stays locked. The connection is lent
/// to the turn's state reads and writes (<see cref="TurnConnection"/>), so a turn needs one connection, not three;
/// and at most <c>maxHeldLocks</c> turns of this instance hold one at once, so the rest of the pool stays free for
/// business writes and background work, and the pool can never be taken whole by turns waiting for a second connection.
/// </summary>
public sealed class PostgresConversationLock : IDistributedConversationLock
{
    private const string Lock = "SELECT pg_advisory_lock(hashtextextended(@key, 1));";
    private const string Unlock = "SELECT pg_advisory_unlock(hashtextextended(@key, 1));";

    private readonly PostgresConnector _connector;
    private readonly SemaphoreSlim? _held;

    /// <summary>Creates the lock on <paramref name="dataSource"/>, with no cap on the turns holding a connection.</summary>
    public PostgresConversationLock(NpgsqlDataSource dataSource)
        : this(new PostgresConnector(dataSource), maxHeldLocks: null)
    {
    }

    /// <summary>Creates the lock; at most <paramref name="maxHeldLocks"/> turns of this instance hold a connection at once (null: no cap).</summary>
    public PostgresConversationLock(PostgresConnector connector, int? maxHeldLocks)
    {
        ArgumentNullException.ThrowIfNull(connector);
        if (maxHeldLocks is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHeldLocks), maxHeldLocks, "At least one turn must be able to hold the lock.");
        }

        _connector = connector;
        _held = maxHeldLocks is { } max ? new SemaphoreSlim(max, max) : null;
    }

    /// <inheritdoc />
    public void PrepareTurn() => TurnConnection.Begin();

    /// <inheritdoc />
    public async Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        var turn = TurnConnection.Current;
        var held = turn?.IsNested == true ? null : _held;
        if (held is not null)
        {
            await held.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        NpgsqlConnection? connection = null;
        try
        {
            connection = await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(Lock, connection);
            command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = conversationKey });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            turn?.Lend(connection);
            return new Held(connection, conversationKey, turn, held);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            held?.Release();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, string key, TurnConnection? turn, SemaphoreSlim? held) : IDisposable
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
                turn?.TakeBack();
                using var command = new NpgsqlCommand(Unlock, connection);
                command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = key });
                command.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
            }
            catch (InvalidOperationException)
            {
                // The connection was left broken or busy by a failed turn: closing it below drops the lock.
            }
            finally
            {
                connection.Dispose();
                held?.Release();
            }
        }
    }
}
