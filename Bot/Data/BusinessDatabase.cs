using System.Data.Common;
using Majordome.Bot.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Majordome.Bot.Data;

/// <summary>
/// The database that holds the business data (stock, orders, bookings, feedback): a SQLite file or a PostgreSQL
/// server, migrated on first use by the same <see cref="MigrationRunner"/>. With SQLite it can be the same file as
/// the conversation state; the tables do not overlap.
/// </summary>
public sealed class BusinessDatabase : IDisposable
{
    /// <summary>
    /// The advisory lock every PostgreSQL business write takes: writes are serialized across all instances, as
    /// SQLite's single write lock serializes them, so "are there seats left? then book" cannot interleave.
    /// Business writes are a few per conversation, so one lock costs nothing measurable.
    /// </summary>
    private const long PostgresWriteLockId = 0x4D616A6F726431;

    private readonly SqliteDatabase? _sqlite;
    private readonly SqliteDatabase? _sqliteConversation;
    private readonly SqlitePreparedReader? _sqliteReader;
    private readonly PostgresConnector? _postgres;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;
    private readonly string? _sqliteFile;

    /// <summary>Opens the SQLite file described by <paramref name="options"/>.</summary>
    /// <param name="options">The file. Its <see cref="SqliteStorageOptions.Synchronous"/> is not used: orders, bookings and the
    /// inbox are flushed at every commit.</param>
    /// <param name="conversationSynchronous">When the records of conversations reach the disk (the team's transcript,
    /// which conversations a customer has): as the conversation state does (<c>Storage:StateSynchronous</c>) in the
    /// host. They are written on every turn or conversation; flushing each one held the file's write gate for a
    /// disk flush, which every other write of the process queued behind (a fifth of the turns a second on SQLite).</param>
    public BusinessDatabase(SqliteStorageOptions options, SqliteSynchronous conversationSynchronous = SqliteSynchronous.Full)
    {
        ArgumentNullException.ThrowIfNull(options);
        Kind = BusinessDatabaseKind.Sqlite;
        var connectionString = options.ToConnectionString();
        _sqliteFile = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        _sqlite = new SqliteDatabase(connectionString, (connection, ct) => MigrationRunner.MigrateAsync(this, connection, BusinessMigrations.All, ct), maxPages: options.MaxPages, checkpointInBackground: options.CheckpointInBackground);

        // A pool of its own (Microsoft.Data.Sqlite pools by connection string, and stating the default cache mode
        // changes the string, not the behaviour), so these connections keep their setting instead of
        // being set again each time they pass between the two uses. Same file, same write gate; migrated first.
        var conversation = new SqliteConnectionStringBuilder(connectionString) { Cache = SqliteCacheMode.Default }.ToString();
        _sqliteConversation = new SqliteDatabase(conversation, async (_, ct) => await (await _sqlite.OpenAsync(ct).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false), conversationSynchronous, options.MaxPages, options.CheckpointInBackground);
        _sqliteReader = new SqlitePreparedReader(_sqlite);
    }

    /// <summary>Uses the PostgreSQL server behind <paramref name="dataSource"/> (owned by the caller).</summary>
    public BusinessDatabase(NpgsqlDataSource dataSource)
        : this(new PostgresConnector(dataSource))
    {
    }

    /// <summary>Uses the PostgreSQL server <paramref name="connector"/> opens connections to, waiting while none can be had.</summary>
    public BusinessDatabase(PostgresConnector connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        Kind = BusinessDatabaseKind.Postgres;
        _postgres = connector;
    }

    /// <summary>Which engine this is.</summary>
    public BusinessDatabaseKind Kind { get; }

    /// <summary>The full path of the SQLite file; null on PostgreSQL.</summary>
    internal string? SqliteFile => _sqliteFile;

    /// <summary>Migrates the database now, if this process has not yet (the first connection would).</summary>
    internal async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_sqlite is not null)
        {
            await (await _sqlite.OpenAsync(cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
        else if (!_migrated)
        {
            await MigratePostgresAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An open connection to the migrated database; dispose it when done.</summary>
    internal async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_sqlite is not null)
        {
            return await _sqlite.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!_migrated)
        {
            await MigratePostgresAsync(cancellationToken).ConfigureAwait(false);
        }

        return await _postgres!.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A connection for one store call: on PostgreSQL, during a turn, the connection the turn already holds (its
    /// conversation lock's, lent to its state reads and writes), so a turn never needs a second one; otherwise a new
    /// one. Dispose the lease, not its connection. A transaction begun on it must be committed or rolled back
    /// (disposed) before the lease is.
    /// </summary>
    internal async Task<BusinessConnection> BorrowAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null && TurnConnection.Current is { } turn)
        {
            if (!_migrated)
            {
                await MigratePostgresAsync(cancellationToken).ConfigureAwait(false);
            }

            if (turn.TryBorrow() is { } lent)
            {
                return BusinessConnection.Borrowed(lent, turn);
            }
        }

        return BusinessConnection.Owned(await OpenAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The first column of the first row of <paramref name="sql"/>, a read made on every turn, or null when there is
    /// none: on SQLite through a connection kept open with the statement prepared (<see cref="SqlitePreparedReader"/>),
    /// on PostgreSQL through the turn's connection when there is one.
    /// </summary>
    internal async Task<object?> ReadScalarAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        if (_sqliteReader is not null)
        {
            return await _sqliteReader.ScalarAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        }

        await using var lease = await BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null, sql, parameters);
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is DBNull ? null : result;
    }

    /// <summary>
    /// As <see cref="BorrowAsync"/>, for a call that writes without its own <see cref="BeginWriteAsync"/>
    /// transaction: on SQLite the connection also holds this process's turn to write the file (see
    /// <see cref="OpenForWriteAsync"/>), so concurrent turns queue in memory instead of sleeping in SQLite's busy
    /// handler; under load those sleeps, not the writes, were most of a turn's time (every turn appends to the
    /// team's transcript). Do not write through another connection while holding it.
    /// </summary>
    internal async Task<BusinessConnection> BorrowForWriteAsync(CancellationToken cancellationToken)
    {
        if (_sqlite is null)
        {
            return await BorrowAsync(cancellationToken).ConfigureAwait(false);
        }

        return BusinessConnection.Owned(await OpenForWriteAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// As <see cref="BorrowForWriteAsync"/>, for the records of conversations (the team's transcript, which
    /// conversations a customer has): on SQLite their commits reach the disk when the conversation state's do (see
    /// the constructor), not at every commit as orders and bookings.
    /// </summary>
    internal async Task<BusinessConnection> BorrowForConversationWriteAsync(CancellationToken cancellationToken)
    {
        if (_sqliteConversation is null)
        {
            return await BorrowAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = await _sqliteConversation.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var gate = await _sqliteConversation.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
            connection.Disposed += (_, _) => gate.Dispose();
            return BusinessConnection.Owned(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A SQLite connection with the settings of the records of conversations (see
    /// <see cref="BorrowForConversationWriteAsync"/>), for a writer that keeps it open; write through it only inside
    /// <see cref="EnterSqliteWriteAsync"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database is not SQLite.</exception>
    internal async Task<SqliteConnection> OpenSqliteConversationConnectionAsync(CancellationToken cancellationToken) =>
        await (_sqliteConversation ?? throw new InvalidOperationException("Not a SQLite database.")).OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Waits for this process's turn to write the SQLite file; dispose the result after the commit.</summary>
    /// <exception cref="InvalidOperationException">The database is not SQLite.</exception>
    internal Task<IDisposable> EnterSqliteWriteAsync(CancellationToken cancellationToken) =>
        (_sqlite ?? throw new InvalidOperationException("Not a SQLite database.")).EnterWriteAsync(cancellationToken);

    /// <summary>
    /// An open connection for a short write: on SQLite it also waits for this process's turn to write the file (the
    /// gate the conversation state's writes use), released when the connection is disposed, so writers queue in
    /// order instead of meeting SQLite's busy handler, which sleeps 1, 2, 5, 10... ms between tries. Open no other
    /// connection for writing while holding it.
    /// </summary>
    internal async Task<DbConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        // Opened (and migrated) before the gate: the migrations write through their own connection.
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (_sqlite is null)
        {
            return connection;
        }

        try
        {
            var gate = await _sqlite.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
            connection.Disposed += (_, _) => gate.Dispose();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Starts a transaction that holds the database's write lock from its first statement (SQLite's BEGIN
    /// IMMEDIATE; PostgreSQL's business advisory lock): check-then-write sequences cannot interleave with another
    /// connection's, in this process or another instance.
    /// </summary>
    internal async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is SqliteConnection sqlite)
        {
            return sqlite.BeginTransaction(deferred: false);
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var lockCommand = SqlCommands.Create(connection, transaction, "SELECT pg_advisory_xact_lock(@lock);", ("@lock", PostgresWriteLockId));
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the connection kept for <see cref="ReadScalarAsync"/> on SQLite; a later read opens a new one.</summary>
    public void Dispose() => _sqliteReader?.Dispose();

    private async Task MigratePostgresAsync(CancellationToken cancellationToken)
    {
        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            await using var connection = await _postgres!.OpenAsync(cancellationToken).ConfigureAwait(false);
            await MigrationRunner.MigrateAsync(this, connection, BusinessMigrations.All, cancellationToken).ConfigureAwait(false);
            _migrated = true;
        }
        finally
        {
            _migrating.Release();
        }
    }
}
