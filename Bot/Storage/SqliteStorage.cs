using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Storage;

/// <summary>
/// An <see cref="IStorage"/> kept in a SQLite file (table <c>bot_state</c>), shared safely by several connections
/// and processes: WAL journal, busy timeout, and ETag checks done inside the write transaction. Items are stored
/// as plain JSON and read back as <see cref="Newtonsoft.Json.Linq.JObject"/>.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates a storage on the file that <paramref name="options"/> names; the folder is created on first use.</summary>
    /// <param name="options">Folder, file name, busy timeout and when commits reach the disk.</param>
    /// <param name="timeProvider">The clock for the <c>updated_utc</c> column; the system clock when null.</param>
    public SqliteStorage(SqliteStorageOptions options, TimeProvider? timeProvider = null)
        : this(ConnectionStringOf(options), timeProvider, options.Synchronous)
    {
    }

    /// <summary>Creates a storage from a Microsoft.Data.Sqlite connection string; its "Default Timeout" is the busy timeout.</summary>
    /// <param name="connectionString">For example <c>Data Source=data/majordome.db</c>.</param>
    /// <param name="timeProvider">The clock for the <c>updated_utc</c> column; the system clock when null.</param>
    /// <param name="synchronous">When commits reach the disk (every commit by default).</param>
    public SqliteStorage(string connectionString, TimeProvider? timeProvider = null, SqliteSynchronous synchronous = SqliteSynchronous.Full)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _database = new SqliteDatabase(connectionString, (connection, ct) => SqliteDatabase.ExecuteAsync(connection, SqliteStorageSql.CreateTable, ct), synchronous);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Reads the items that exist among <paramref name="keys"/>, each as a new JObject; missing keys are left out.</summary>
    /// <param name="keys">The keys to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The items found, by key, all from one snapshot of the file.</returns>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageKeys.Distinct(keys, nameof(keys));
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return items;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var snapshot = connection.BeginTransaction(deferred: true);
        await using var select = Command(connection, snapshot, SqliteStorageSql.SelectDocument);
        var key = select.Parameters.Add("@key", SqliteType.Text);
        foreach (var wantedKey in wanted)
        {
            key.Value = wantedKey;
            if (await select.ExecuteScalarAsync(cancellationToken) is string json)
            {
                items[wantedKey] = StorageJson.Parse(json);
            }
        }

        return items;
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

        var updatedUtc = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using var gate = await _database.EnterWriteAsync(cancellationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE takes the file's write lock before the first ETag is read, so check-then-write is atomic
        // for every connection and process: of two writers holding the same ETag, the second sees the first's
        // new ETag and fails. Disposing without commit (conflict, cancellation) rolls the whole batch back.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var selectETag = Command(connection, transaction, SqliteStorageSql.SelectETag);
        await using var upsert = Command(connection, transaction, SqliteStorageSql.Upsert);
        var selectKey = selectETag.Parameters.Add("@key", SqliteType.Text);
        var key = upsert.Parameters.Add("@key", SqliteType.Text);
        var eTag = upsert.Parameters.Add("@etag", SqliteType.Text);
        var document = upsert.Parameters.Add("@document", SqliteType.Text);
        upsert.Parameters.AddWithValue("@updated", updatedUtc);
        foreach (var write in writes)
        {
            selectKey.Value = write.Key;
            write.ThrowIfConflict(await selectETag.ExecuteScalarAsync(cancellationToken) as string);
            (key.Value, eTag.Value, document.Value) = (write.Key, write.NewETag, write.Document);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var write in writes)
        {
            write.StampCaller();
        }
    }

    /// <summary>Removes the items stored under <paramref name="keys"/> in one transaction; missing keys are ignored.</summary>
    /// <param name="keys">The keys to remove.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageKeys.Distinct(keys, nameof(keys));
        if (doomed.Count == 0)
        {
            return;
        }

        using var gate = await _database.EnterWriteAsync(cancellationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var delete = Command(connection, transaction, SqliteStorageSql.Delete);
        var key = delete.Parameters.Add("@key", SqliteType.Text);
        foreach (var doomedKey in doomed)
        {
            key.Value = doomedKey;
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static string ConnectionStringOf(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ToConnectionString();
    }
}
