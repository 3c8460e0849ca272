using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Storage;

/// <summary>
/// Copies SQLite's write-ahead log into the database file in the background, every
/// <c>Storage:CheckpointInterval</c>. By default SQLite does it inside the commit that takes the log past 1,000
/// pages: that turn waited for the copy and its disk flush, and every turn queued behind its write waited too (with 8
/// customers, a p99 of 11 to 15 ms instead of about 8). Connections opened with
/// <see cref="SqliteStorageOptions.CheckpointInBackground"/> leave checkpoints to this service. The host registers
/// it for the file that holds the state and business data.
/// </summary>
/// <remarks>
/// A passive checkpoint neither waits for nor blocks readers and writers, so it runs while turns commit. But SQLite
/// only starts the log again from its beginning when a commit finds every page of it copied, which commits that
/// keep arriving during and after the copy prevent: the log would grow for as long as the load lasts. So when the
/// log is past <see cref="DefaultRestartFrom"/> pages (about 64 MB) after the passive copy, a second one runs holding
/// this process's write gate: it copies only what arrived meanwhile, and the commit that comes next restarts the log.
/// That second copy ends with a disk flush that turns wait for, so it is made rarely: at 1,000 pages (SQLite's own
/// threshold) the SQLite target's p99 was 10.3 ms in the load benchmark, at 8,000 pages 9.2 ms, at 16,000 8.3 ms.
/// </remarks>
public sealed partial class SqliteCheckpointService : BackgroundService
{
    /// <summary>The log's length, in pages, from which the service makes sure it starts again, unless told otherwise.</summary>
    public const long DefaultRestartFrom = 16_000;

    private readonly SqliteStorageOptions? _file;
    private readonly TimeSpan _interval;
    private readonly long _restartFrom;
    private readonly ILogger<SqliteCheckpointService> _logger;
    private long _checkpoints;
    private long _lastLog;
    private long _lastCopied;
    private long _restarts;

    /// <summary>Creates the service for <paramref name="file"/>; null when no SQLite file is used (PostgreSQL).</summary>
    /// <param name="file">The database file, as the storage opens it.</param>
    /// <param name="interval">The pause between two checkpoints.</param>
    /// <param name="logger">Where failures go.</param>
    /// <param name="restartFrom">The log's length, in pages, from which the service makes sure it starts again.</param>
    public SqliteCheckpointService(SqliteStorageOptions? file, TimeSpan interval, ILogger<SqliteCheckpointService> logger, long restartFrom = DefaultRestartFrom)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(restartFrom, 1);
        _file = file;
        _interval = interval;
        _logger = logger;
        _restartFrom = restartFrom;
    }

    /// <summary>How many checkpoints ran since the start.</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>How many times the log was found shorter than at the checkpoint before: it had started again.</summary>
    public long Restarts => Interlocked.Read(ref _restarts);

    /// <summary>The log's length in pages at the last checkpoint, and how many of them were in the file after it.</summary>
    public (long Log, long Copied) Last => (Interlocked.Read(ref _lastLog), Interlocked.Read(ref _lastCopied));

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_file is null)
        {
            return Task.CompletedTask;
        }

        // A thread of its own, waiting synchronously: disk work that must keep its pace when turns keep every
        // thread-pool thread busy (the log grows for as long as no checkpoint runs).
        return Task.Factory.StartNew(() => Run(_file, stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void Run(SqliteStorageOptions file, CancellationToken stoppingToken)
    {
        var path = Path.GetFullPath(Path.Combine(file.DataDirectory, file.FileName));

        // Its own connection, outside the pool, that never creates the file (the storage creates and migrates it on
        // first use).
        var connectionString = new SqliteConnectionStringBuilder(file.ToConnectionString()) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        SqliteConnection? connection = null;
        try
        {
            // Real time, not the host's TimeProvider: this paces disk work, and a test's frozen clock must not stop it.
            do
            {
                connection = Checkpoint(connection, path, connectionString, stoppingToken);
            }
            while (!stoppingToken.WaitHandle.WaitOne(_interval));

            // Stopping: one last copy, so the file on disk is as complete as it can be without waiting for anyone.
            connection = Checkpoint(connection, path, connectionString, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while waiting for the write gate: the last commits stay in the log, which SQLite reads.
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private SqliteConnection? Checkpoint(SqliteConnection? connection, string path, string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            if (connection is null)
            {
                if (!File.Exists(path))
                {
                    return null;
                }

                connection = new SqliteConnection(connectionString);
                connection.Open();
            }

            var (log, copied) = Passive(connection);
            if (log < 0)
            {
                // Not in write-ahead-log mode as this connection sees it: opened between the file's creation and the
                // storage's switch to the log, it would keep that view. Open a new one next time.
                connection.Dispose();
                return null;
            }

            if (log >= _restartFrom)
            {
                using var gate = SqliteDatabase.EnterWrite(path, cancellationToken);
                (log, copied) = Passive(connection);
            }

            if (log < Interlocked.Exchange(ref _lastLog, log))
            {
                Interlocked.Increment(ref _restarts);
            }

            Interlocked.Exchange(ref _lastCopied, copied);
            Interlocked.Increment(ref _checkpoints);
            return connection;
        }
        catch (SqliteException exception)
        {
            // The file went away or is locked by a tool: try again next time with a new connection. Commits still
            // succeed; the log only grows until a checkpoint gets through.
            LogCheckpointFailed(exception, path);
            connection?.Dispose();
            return null;
        }
    }

    // One row: busy (0 for a passive checkpoint), the log's length in pages, the pages of it now in the file
    // (-1 and -1 when the file is not in write-ahead-log mode, or not as this connection sees it).
    private static (long Log, long Copied) Passive(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SqliteStorageSql.PassiveCheckpoint;
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(1), reader.GetInt64(2)) : (-1, -1);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not checkpoint the SQLite log of {Path}; trying again")]
    private partial void LogCheckpointFailed(Exception exception, string path);
}
