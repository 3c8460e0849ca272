using System.ComponentModel.DataAnnotations;
using Majordome.Bot.Storage;

namespace Majordome.Bot.Hosting;

/// <summary>Where conversation and user state live, bound from the "Storage" section of appsettings.json.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// "Sqlite" (the default: a file, survives restarts), "Postgres" (a server several bot instances share) or
    /// "Memory" (tests and demos; lost on restart).
    /// </summary>
    [Required]
    [RegularExpression("^(?i)(sqlite|postgres|memory)$", ErrorMessage = "Storage:Provider must be \"Sqlite\", \"Postgres\" or \"Memory\".")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The folder of the SQLite file, relative to the working directory; created on first run.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The SQLite file's name.</summary>
    [Required]
    public string FileName { get; set; } = "majordome.db";

    /// <summary>
    /// When SQLite commits of conversation and user state reach the disk: "Normal" (the default) flushes them at the
    /// next checkpoint, so a state write survives a crash of the bot and only the last turns may roll back if the
    /// machine loses power (the customer is asked the last question again); "Full" flushes every turn. The team's
    /// transcript and the record of which conversations a customer has follow the same setting. Orders, bookings and
    /// the Messenger inbox are always flushed at every commit.
    /// </summary>
    public SqliteSynchronous StateSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>
    /// How often SQLite's write-ahead log is copied into the database file, in the background (100 ms by default;
    /// see <see cref="SqliteCheckpointService"/>). Commits never do it themselves.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "Storage:CheckpointInterval must be between 00:00:00.010 and 00:10:00.")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The largest the SQLite file may grow, in megabytes; unset (the default) for as large as the disk allows.
    /// Beyond it writes fail as on a full disk (<see cref="SqliteStorageOptions.MaxDatabaseSizeMegabytes"/>).
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "Storage:MaxDatabaseSizeMegabytes must be at least 1 (megabyte), or left out for no cap.")]
    public int? MaxDatabaseSizeMegabytes { get; set; }

    /// <summary>
    /// The PostgreSQL connection string (Npgsql format) when <see cref="Provider"/> is "Postgres", e.g.
    /// <c>Host=db;Database=majordome;Username=majordome;Password=...</c>. Set it with the environment variable
    /// <c>Storage__ConnectionString</c>, never in the repository; it is never logged.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Whether the provider is PostgreSQL.</summary>
    public bool UsesPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase);
}
