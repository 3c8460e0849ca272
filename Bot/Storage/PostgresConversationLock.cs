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
    public Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken) =>
        AcquireAndReadAsync(conversationKey, [], cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// The lock and the read go to the server as one batch, so a turn pays one round trip for both. A batch runs its
    /// statements in order, so the documents are read once the lock is held.
    /// </remarks>
    public async Task<IDisposable> AcquireAndReadAsync(string conversationKey, IReadOnlyCollection<string> stateKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        ArgumentNullException.ThrowIfNull(stateKeys);
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
            var documents = await LockAndReadAsync(connection, conversationKey, turn is null ? [] : stateKeys, cancellationToken).ConfigureAwait(false);
            turn?.Lend(connection);
            turn?.OfferUnlock(() => UnlockCommand(conversationKey));
            if (documents is not null)
            {
                turn!.KeepReadWithLock(stateKeys, documents);
            }

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

    /// <summary>Takes the lock and reads the documents under <paramref name="stateKeys"/> (null when none are asked or the table is not there yet).</summary>
    private static async Task<IReadOnlyDictionary<string, string>?> LockAndReadAsync(NpgsqlConnection connection, string conversationKey, IReadOnlyCollection<string> stateKeys, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        var lockKey = new NpgsqlBatchCommand(Lock);
        lockKey.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = conversationKey });
        batch.BatchCommands.Add(lockKey);
        if (stateKeys.Count == 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var read = new NpgsqlBatchCommand(PostgresStorageSql.SelectDocuments);
        read.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = stateKeys.ToArray() });
        batch.BatchCommands.Add(read);
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                documents[reader.GetString(0)] = reader.GetString(1);
            }

            return documents;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // A new database's first turn: the storage creates the table at its own read. Only the read names a table,
            // and a batch runs in order, so the lock before it is held: a session's advisory lock outlives the failed
            // statement's transaction.
            return null;
        }
    }

    private static NpgsqlBatchCommand UnlockCommand(string conversationKey)
    {
        var unlock = new NpgsqlBatchCommand(Unlock);
        unlock.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = conversationKey });
        return unlock;
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

                // The turn's last state write released it in its own round trip (PostgresStorage).
                if (turn?.ReleasedByWrite == true)
                {
                    return;
                }

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
