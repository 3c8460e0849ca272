using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Storage;

/// <summary>
/// How many PostgreSQL connections one bot instance may use, and how long a turn waits for one, bound from the
/// "Storage:Postgres" section. Size the pools so that instances × <see cref="MaxPoolSize"/> stays below the
/// server's <c>max_connections</c> minus what other clients and the superuser reserve need.
/// </summary>
public sealed class PostgresPoolOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage:Postgres";

    /// <summary>
    /// The most connections this instance opens (20 by default). A <c>Max Pool Size</c> in the connection string
    /// wins over it. Half of them at most hold a conversation's turn lock, so business writes, the Messenger inbox,
    /// the analytics flush and the health probes always find one.
    /// </summary>
    [Range(2, 1000, ErrorMessage = "Storage:Postgres:MaxPoolSize must be between 2 and 1000 (connections per instance).")]
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>
    /// How long a turn keeps retrying to get a connection when the server has none left (53300 too_many_connections,
    /// 57P03 starting up) or the pool stays exhausted, before it fails (30 s by default).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Storage:Postgres:ConnectRetryFor must be between 1 second and 10 minutes, e.g. \"00:00:30\".")]
    public TimeSpan ConnectRetryFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many statements each connection keeps prepared on the server (Npgsql's automatic preparation; 64 by
    /// default, 0 for none). A turn sends the same few statements every time; prepared, the server no longer parses
    /// and plans them on each turn. A <c>Max Auto Prepare</c> in the connection string wins over it. Set 0 behind a
    /// pooler in transaction mode that cannot keep prepared statements (PgBouncer before 1.21).
    /// </summary>
    [Range(0, 1000, ErrorMessage = "Storage:Postgres:MaxAutoPrepare must be between 0 (off) and 1000 (statements per connection).")]
    public int MaxAutoPrepare { get; set; } = 64;
}
