using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Storage;

/// <summary>Where <see cref="SqliteStorage"/> keeps its database file.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The folder of the database file, created on first use; relative paths start at the current directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The database file name inside <see cref="DataDirectory"/>.</summary>
    [Required]
    public string FileName { get; set; } = "majordome.db";

    /// <summary>How long a write waits for another connection or process holding the write lock before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When a commit reaches the disk. <see cref="SqliteSynchronous.Full"/> (the default) flushes the log at every
    /// commit; <see cref="SqliteSynchronous.Normal"/> leaves the flush to the next checkpoint or full commit, so a
    /// commit survives the process crashing but not the machine losing power.
    /// </summary>
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>
    /// True when <see cref="SqliteCheckpointService"/> checkpoints the file's write-ahead log in the background:
    /// connections opened with these options then never checkpoint when they commit (SQLite's default is to copy
    /// the log into the file, and flush it, in the commit that passes 1,000 pages, holding up that turn and every
    /// turn queued behind its write). Leave it false unless that service runs for the file.
    /// </summary>
    public bool CheckpointInBackground { get; set; }

    /// <summary>
    /// The largest the database file may grow, in megabytes, or null (the default) for as large as the disk allows.
    /// A write that would grow it further fails as on a full disk: the customer is told, and the health checks go
    /// red until writes succeed again. Keeps a bot that shares its disk from filling it.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int? MaxDatabaseSizeMegabytes { get; set; }

    /// <summary>The page cap of <see cref="MaxDatabaseSizeMegabytes"/> at SQLite's default page size (4096 bytes), or null.</summary>
    internal long? MaxPages => MaxDatabaseSizeMegabytes is { } megabytes ? megabytes * 256L : null;

    /// <summary>The Microsoft.Data.Sqlite connection string these options describe.</summary>
    /// <exception cref="ArgumentException">A path option is empty or the timeout is not positive.</exception>
    public string ToConnectionString()
    {
        if (string.IsNullOrWhiteSpace(DataDirectory) || string.IsNullOrWhiteSpace(FileName))
        {
            throw new ArgumentException(
                $"Set both {nameof(SqliteStorageOptions)}.{nameof(DataDirectory)} and {nameof(FileName)} " +
                "(defaults: \"data\" and \"majordome.db\").");
        }

        if (BusyTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(SqliteStorageOptions)}.{nameof(BusyTimeout)} must be positive, e.g. 00:00:30.");
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(DataDirectory, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds),
        }.ToString();
    }
}
