using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Majordome.Dialogs.State;

namespace Majordome.Bot.Storage;

/// <summary>
/// An <see cref="IStorage"/> kept in a SQLite file (table <c>bot_state</c>), shared safely by several connections
/// and processes: WAL journal, busy timeout, and ETag checks done inside the write transaction. Items are stored
/// as plain JSON and read back as <see cref="Newtonsoft.Json.Linq.JObject"/>. Each storage keeps one connection
/// open with its statements prepared, used by one operation at a time.
/// </summary>
public sealed class SqliteStorage : IStorage, ISerializedStateStorage, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sessionGate = new(1, 1);
    private SqliteStateSession? _session;

    /// <summary>Creates a storage on the file that <paramref name="options"/> names; the folder is created on first use.</summary>
    /// <param name="options">Folder, file name, busy timeout and when commits reach the disk.</param>
    /// <param name="timeProvider">The clock for the <c>updated_utc</c> column; the system clock when null.</param>
    public SqliteStorage(SqliteStorageOptions options, TimeProvider? timeProvider = null)
        : this(ConnectionStringOf(options), timeProvider, options.Synchronous, options.MaxPages, options.CheckpointInBackground)
    {
    }

    /// <summary>Creates a storage from a Microsoft.Data.Sqlite connection string; its "Default Timeout" is the busy timeout.</summary>
    /// <param name="connectionString">For example <c>Data Source=data/majordome.db</c>.</param>
    /// <param name="timeProvider">The clock for the <c>updated_utc</c> column; the system clock when null.</param>
    /// <param name="synchronous">When commits reach the disk (every commit by default).</param>
    public SqliteStorage(string connectionString, TimeProvider? timeProvider = null, SqliteSynchronous synchronous = SqliteSynchronous.Full)
        : this(connectionString, timeProvider, synchronous, null, false)
    {
    }

    private SqliteStorage(string connectionString, TimeProvider? timeProvider, SqliteSynchronous synchronous, long? maxPages, bool checkpointInBackground)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _database = new SqliteDatabase(connectionString, (connection, ct) => SqliteDatabase.ExecuteAsync(connection, SqliteStorageSql.CreateTable, ct), synchronous, maxPages, checkpointInBackground);
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

        foreach (var (key, json) in await ReadSerializedAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            items[key] = StorageJson.Parse(json);
        }

        return items;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> ReadSerializedAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageKeys.Distinct(keys, nameof(keys));
        return wanted.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await RunAsync(session => session.Read(wanted), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves every item of <paramref name="changes"/> in one transaction, or none when one of them has a stale
    /// ETag. Each saved item gets a new ETag, stored in its "eTag" property and put back on the caller's object.
    /// </summary>
    /// <param name="changes">The items to save, by key.</param>
    /// <param name="cancellationToken">Cancels the write before it starts.</param>
    /// <exception cref="StorageConcurrencyException">An item's ETag differs from the stored one.</exception>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var writes = PendingWrite.PrepareAll(changes);
        if (writes.Count == 0)
        {
            return;
        }

        var updatedUtc = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

        // What the turn's last save writes along (the team's transcript of the turn) goes in its transaction: one
        // commit, and one wait at the gate, instead of two.
        var along = WrittenWithLastSave.Take();
        var alongWritten = false;

        // This process's writers of the file (business data too) queue on its gate; other processes meet the
        // transaction's write lock.
        using (await _database.EnterWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await RunAsync(session => alongWritten = session.Write(writes, updatedUtc, along), cancellationToken).ConfigureAwait(false);
        }

        foreach (var write in writes)
        {
            write.StampCaller();
        }

        if (alongWritten)
        {
            along!.Written();
        }
    }

    /// <summary>Removes the items stored under <paramref name="keys"/> in one transaction; missing keys are ignored.</summary>
    /// <param name="keys">The keys to remove.</param>
    /// <param name="cancellationToken">Cancels the delete before it starts.</param>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageKeys.Distinct(keys, nameof(keys));
        if (doomed.Count == 0)
        {
            return;
        }

        using (await _database.EnterWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await RunAsync(session => { session.Delete(doomed); return true; }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Closes the storage's connection; a later operation opens a new one.</summary>
    public void Dispose()
    {
        _sessionGate.Wait();
        try
        {
            _session?.Dispose();
            _session = null;
        }
        finally
        {
            _sessionGate.Release();
        }
    }

    // One operation at a time on the storage's connection: each lasts tens of microseconds, less than opening
    // another connection would.
    private async Task<T> RunAsync<T>(Func<SqliteStateSession, T> work, CancellationToken cancellationToken)
    {
        await _sessionGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var session = _session ??= await SqliteStateSession.OpenAsync(_database, cancellationToken).ConfigureAwait(false);
            try
            {
                return work(session);
            }
            catch (Exception exception) when (exception is not StorageConcurrencyException)
            {
                // The connection may be unusable (file removed, disk full, rollback failed): start afresh next time.
                _session = null;
                session.Dispose();
                throw;
            }
        }
        finally
        {
            _sessionGate.Release();
        }
    }

    private static string ConnectionStringOf(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ToConnectionString();
    }
}
