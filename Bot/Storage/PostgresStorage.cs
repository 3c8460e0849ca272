using Microsoft.Bot.Builder;
using Npgsql;
using NpgsqlTypes;
using Majordome.Dialogs.State;

namespace Majordome.Bot.Storage;

/// <summary>
/// An <see cref="IStorage"/> in PostgreSQL (table <c>bot_state</c>), shared by several bot instances: the same
/// JSON documents and ETag rules as <see cref="SqliteStorage"/>, with each key's check-then-write made atomic
/// across processes: one statement per document that writes only when the stored ETag is the expected one (a save
/// of one document is one round trip; of several, one batch in a transaction and its commit). Inside a turn that holds its conversation's lock, reads
/// and writes run on the lock's connection (<see cref="TurnConnection"/>); elsewhere they take one from the pool,
/// waiting and retrying while none can be had (<see cref="PostgresConnector"/>).
/// </summary>
public sealed class PostgresStorage : IStorage, ISerializedStateStorage
{
    private readonly PostgresConnector _connector;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Creates a storage on <paramref name="dataSource"/>; the table is created on first use.</summary>
    /// <param name="dataSource">The pooled PostgreSQL data source, owned by the caller.</param>
    /// <param name="timeProvider">The clock for the <c>updated_utc</c> column; the system clock when null.</param>
    public PostgresStorage(NpgsqlDataSource dataSource, TimeProvider? timeProvider = null)
        : this(new PostgresConnector(dataSource), timeProvider)
    {
    }

    /// <summary>Creates a storage that opens its connections through <paramref name="connector"/>.</summary>
    /// <param name="connector">Opens pooled connections, waiting while none can be had.</param>
    /// <param name="timeProvider">The clock for the <c>updated_utc</c> column; the system clock when null.</param>
    public PostgresStorage(PostgresConnector connector, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connector);
        _connector = connector;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Reads the items that exist among <paramref name="keys"/>, each as a new JObject; missing keys are left out.</summary>
    /// <param name="keys">The keys to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The items found, by key, from one statement (one snapshot).</returns>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var found = await ReadSerializedAsync(keys, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(p => p.Key, p => (object)StorageJson.Parse(p.Value), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> ReadSerializedAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageKeys.Distinct(keys, nameof(keys));
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        // The turn's lock read them in its own round trip, under the lock, a moment ago.
        if (TurnConnection.Current?.TakeReadWithLock(wanted) is { } readWithLock)
        {
            return readWithLock;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await OnTurnConnectionAsync(
            async connection =>
            {
                await using var select = new NpgsqlCommand(PostgresStorageSql.SelectDocuments, connection);
                select.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = wanted.ToArray() });
                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    found[reader.GetString(0)] = reader.GetString(1);
                }

                return found;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves every item of <paramref name="changes"/> in one transaction, or none when one of them has a stale
    /// ETag. Each saved item gets a new ETag, stored in its "eTag" property and put back on the caller's object.
    /// </summary>
    /// <param name="changes">The items to save, by key.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled batch is rolled back.</param>
    /// <exception cref="StorageConcurrencyException">An item's ETag differs from the stored one.</exception>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var writes = PendingWrite.PrepareAll(changes);
        if (writes.Count == 0)
        {
            return;
        }

        TurnConnection.Current?.ForgetReadWithLock();
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await OnTurnConnectionAsync(connection => WriteOnAsync(connection, writes, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var write in writes)
        {
            write.StampCaller();
        }
    }

    private async Task<bool> WriteOnAsync(NpgsqlConnection connection, IReadOnlyList<PendingWrite> writes, CancellationToken cancellationToken)
    {
        var updated = _time.GetUtcNow().UtcDateTime;
        if (writes.Count == 1 && TurnConnection.Current?.TakeUnlockForWrite(connection) is { } unlock)
        {
            // A turn's last save: its statement, then the conversation lock's release, in one round trip. The error
            // barrier (a Sync) after the save commits it before the release runs: in one implicit transaction the
            // lock would be free while the save is not yet visible, and the next turn, on any instance, could read
            // the state before it. A save that found another ETag wrote nothing, and the turn fails; a save that
            // failed outright is thrown after the release (releasing an already released lock again changes nothing).
            //
            // Statements the turn gives to go with its last save (the team's transcript of the turn) come between the
            // save and the release, in a transaction of their own ended by an error barrier too: their failure must not
            // skip the release, and leaves the save as it is (the turn then writes them on its own).
            await using var saveAndRelease = new NpgsqlBatch(connection);
            var last = new NpgsqlBatchCommand(PostgresStorageSql.Save) { AppendErrorBarrier = true };
            AddSaveParameters(last.Parameters, writes[0], updated);
            saveAndRelease.BatchCommands.Add(last);
            var along = WrittenWithLastSave.Take();
            var alongCommands = along?.Commands(writes[0].Key, writes[0].NewETag) ?? [];
            foreach (var command in alongCommands)
            {
                saveAndRelease.BatchCommands.Add(command);
            }

            if (alongCommands.Count > 0)
            {
                alongCommands[^1].AppendErrorBarrier = true;
            }

            saveAndRelease.BatchCommands.Add(unlock);
            var alongFailed = false;
            try
            {
                await saveAndRelease.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException) when (alongCommands.Count > 0 && last.RecordsAffected > 0)
            {
                // The save wrote (its result was read before the error), so the error is theirs: Npgsql does not say
                // which command of a batch failed once it has read the batch to its end.
                alongFailed = true;
            }

            TurnConnection.Current.ReleasedWithWrite();
            if (last.RecordsAffected == 0)
            {
                await ThrowConflictAsync(connection, null, writes[0], cancellationToken).ConfigureAwait(false);
            }

            if (along is not null && alongCommands.Count > 0 && !alongFailed)
            {
                along.Written();
            }

            return true;
        }

        if (writes.Count == 1)
        {
            // A turn's usual save: one statement, its own transaction, one round trip.
            await using var save = new NpgsqlCommand(PostgresStorageSql.Save, connection);
            AddSaveParameters(save.Parameters, writes[0], updated);
            if (await save.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                await ThrowConflictAsync(connection, null, writes[0], cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        // Several documents, all or none: their statements in one batch (keys in order, so two batches never
        // deadlock), then a commit, or a rollback when one of them found another ETag.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var ordered = writes.OrderBy(w => w.Key, StringComparer.Ordinal).ToList();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var write in ordered)
        {
            var save = new NpgsqlBatchCommand(PostgresStorageSql.Save);
            AddSaveParameters(save.Parameters, write, updated);
            batch.BatchCommands.Add(save);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected == 0)
            {
                await ThrowConflictAsync(connection, transaction, ordered[i], cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static void AddSaveParameters(NpgsqlParameterCollection parameters, PendingWrite write, DateTime updated)
    {
        parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = write.Key });
        parameters.Add(new NpgsqlParameter("expected", NpgsqlDbType.Text) { Value = (object?)write.ExpectedETag ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("etag", NpgsqlDbType.Text) { Value = write.NewETag });
        parameters.Add(new NpgsqlParameter("document", NpgsqlDbType.Text) { Value = write.Document });
        parameters.Add(new NpgsqlParameter("updated", NpgsqlDbType.TimestampTz) { Value = updated });
    }

    /// <summary>Throws the conflict a save that changed nothing ran into, with the ETag now stored.</summary>
    private static async Task ThrowConflictAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, PendingWrite write, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(PostgresStorageSql.SelectETag, connection, transaction);
        select.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = write.Key });
        var current = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        write.ThrowIfConflict(current);

        // The stored ETag differed when the save ran; it has changed again or gone since: still a conflict.
        throw new StorageConcurrencyException(write.Key, write.ExpectedETag ?? ETagRules.Wildcard, current ?? "(deleted since)");
    }

    /// <summary>Removes the items stored under <paramref name="keys"/>; missing keys are ignored.</summary>
    /// <param name="keys">The keys to remove.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageKeys.Distinct(keys, nameof(keys));
        if (doomed.Count == 0)
        {
            return;
        }

        TurnConnection.Current?.ForgetReadWithLock();
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await OnTurnConnectionAsync(
            async connection =>
            {
                await using var delete = new NpgsqlCommand(PostgresStorageSql.Delete, connection);
                delete.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = doomed.ToArray() });
                return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> on the turn's connection when the turn lent one, else on a pooled one.</summary>
    private async Task<T> OnTurnConnectionAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        if (TurnConnection.Current is { } turn)
        {
            var (ran, result) = await turn.TryRunAsync(work, cancellationToken).ConfigureAwait(false);
            if (ran)
            {
                return result;
            }
        }

        await using var connection = await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await using var connection = await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var create = new NpgsqlCommand(PostgresStorageSql.CreateTable, connection, transaction);
            create.Parameters.AddWithValue("lock", PostgresStorageSql.SchemaLockId);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
