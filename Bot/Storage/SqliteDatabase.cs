using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Storage;

/// <summary>
/// Opens connections to one SQLite file: creates its folder and runs the owner's schema set-up on first use, and
/// gives every connection a busy timeout so connections and processes sharing the file wait for each other
/// instead of failing. Used by the state storage and by the business data (orders, bookings).
/// </summary>
internal sealed class SqliteDatabase
{
    // One gate per file for the whole process: writers of this process queue here, in order, instead of meeting
    // SQLite's busy handler, which sleeps 1, 2, 5, 10... ms between tries and made the slowest turns slow.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    // The pragmas last set on each native connection. They are settings of the native connection, which the pool
    // keeps open between uses: setting them again on every open (three statements parsed and run) cost more than
    // the read most opens make, on every turn. Owners with other settings (state and business data may share a
    // file, so a pool) still get theirs: a connection set by another owner is set again.
    private static readonly ConditionalWeakTable<object, string> PragmasSet = [];

    private readonly Func<SqliteConnection, CancellationToken, Task> _createSchema;
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly string? _directory;
    private readonly SemaphoreSlim _writeGate;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    /// <exception cref="ArgumentException">The connection string is malformed.</exception>
    /// <param name="connectionString">The file to open.</param>
    /// <param name="createSchema">Creates or migrates the tables the owner needs; runs once per process.</param>
    /// <param name="synchronous">When this owner's commits reach the disk (a per-connection setting).</param>
    /// <param name="maxPages">The most pages the file may grow to (<see cref="SqliteStorageOptions.MaxDatabaseSizeMegabytes"/>), or null for no cap.</param>
    /// <param name="checkpointInBackground">True when <see cref="SqliteCheckpointService"/> checkpoints the file, so commits never do.</param>
    internal SqliteDatabase(string connectionString, Func<SqliteConnection, CancellationToken, Task> createSchema, SqliteSynchronous synchronous = SqliteSynchronous.Full, long? maxPages = null, bool checkpointInBackground = false)
    {
        _createSchema = createSchema;
        var builder = new SqliteConnectionStringBuilder(connectionString);
        _connectionString = builder.ToString();
        _connectionPragmas = SqliteStorageSql.BusyTimeout(checked(builder.DefaultTimeout * 1000)) + SqliteStorageSql.Synchronous(synchronous)
            + (maxPages is { } pages ? SqliteStorageSql.MaxPageCount(pages) : string.Empty)
            + (checkpointInBackground ? SqliteStorageSql.NoAutomaticCheckpoint : string.Empty);
        _directory = FolderOf(builder);
        _writeGate = WriteGates.GetOrAdd(_directory is null ? _connectionString : Path.GetFullPath(builder.DataSource), _ => new SemaphoreSlim(1, 1));
    }

    /// <summary>
    /// Waits for this process's turn to write the file; dispose the result after the commit. Other processes are
    /// still kept apart by the transaction's write lock (BEGIN IMMEDIATE).
    /// </summary>
    internal async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new GateRelease(_writeGate);
    }

    /// <summary>
    /// Waits for this process's turn to write the file at <paramref name="path"/> (the gate every
    /// <see cref="SqliteDatabase"/> of that file shares); dispose the result to let the next writer in.
    /// </summary>
    internal static IDisposable EnterWrite(string path, CancellationToken cancellationToken)
    {
        var gate = WriteGates.GetOrAdd(Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));

        // Queued as the turns are (asynchronously, first come first served), though the caller's thread blocks: a
        // synchronous Wait is only woken to try again, and turns that keep writing took the gate before it every time.
        gate.WaitAsync(cancellationToken).GetAwaiter().GetResult();
        return new GateRelease(gate);
    }

    /// <summary>Opens a connection, creating the folder and schema the first time.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        return await OpenConnectionAsync(cancellationToken);
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // One initializer per process: concurrent first writes would otherwise all try to switch the journal mode.
        await _initializing.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            if (_directory is not null)
            {
                Directory.CreateDirectory(_directory);
            }

            await using var connection = await OpenConnectionAsync(cancellationToken);
            await ExecuteAsync(connection, SqliteStorageSql.EnableWal, cancellationToken);
            await _createSchema(connection, cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initializing.Release();
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var native = connection.Handle;
            if (native is null || !PragmasSet.TryGetValue(native, out var set) || !string.Equals(set, _connectionPragmas, StringComparison.Ordinal))
            {
                await ExecuteAsync(connection, _connectionPragmas, cancellationToken);
                if (native is not null)
                {
                    PragmasSet.AddOrUpdate(native, _connectionPragmas);
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs one statement that returns nothing.</summary>
    internal static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The folder to create, or null for in-memory databases, URIs and files in the current directory.</summary>
    private static string? FolderOf(SqliteConnectionStringBuilder builder)
    {
        var source = builder.DataSource;
        var inMemory = builder.Mode == SqliteOpenMode.Memory
            || source.Length == 0
            || source == ":memory:"
            || source.StartsWith("file:", true, CultureInfo.InvariantCulture);
        return inMemory ? null : Path.GetDirectoryName(Path.GetFullPath(source));
    }

    private sealed class GateRelease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
