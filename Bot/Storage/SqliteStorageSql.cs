namespace Majordome.Bot.Storage;

/// <summary>The SQL <see cref="SqliteStorage"/> runs, in one place.</summary>
internal static class SqliteStorageSql
{
    /// <summary>
    /// WAL lets readers run while one connection writes, so several bot processes can share the file.
    /// The mode is stored in the file, so setting it once per process is enough.
    /// </summary>
    internal const string EnableWal = "PRAGMA journal_mode = WAL;";

    /// <summary>One row per key: the document is plain JSON, its ETag repeated in a column for the checks.</summary>
    internal const string CreateTable = """
        CREATE TABLE IF NOT EXISTS bot_state (
            key         TEXT NOT NULL PRIMARY KEY,
            etag        TEXT NOT NULL,
            document    TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        );
        """;

    internal const string SelectDocument = "SELECT document FROM bot_state WHERE key = @key;";

    internal const string SelectTwoDocuments = "SELECT key, document FROM bot_state WHERE key IN (@first, @second);";

    internal const string SelectETag = "SELECT etag FROM bot_state WHERE key = @key;";

    internal const string UpdateIfETag = "UPDATE bot_state SET etag = @etag, document = @document, updated_utc = @updated WHERE key = @key AND etag = @expected;";

    internal const string Upsert = """
        INSERT INTO bot_state (key, etag, document, updated_utc) VALUES (@key, @etag, @document, @updated)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_utc = excluded.updated_utc;
        """;

    internal const string Delete = "DELETE FROM bot_state WHERE key = @key;";

    /// <summary>SQLite's own wait for a lock held by another connection, in milliseconds.</summary>
    internal static string BusyTimeout(int milliseconds) => $"PRAGMA busy_timeout = {milliseconds};";

    /// <summary>
    /// The most pages the file may grow to through this connection: beyond it a write fails with SQLITE_FULL, as on
    /// a full disk. A connection's own setting, never below the file's current size.
    /// </summary>
    internal static string MaxPageCount(long pages) => $" PRAGMA max_page_count = {pages};";

    /// <summary>
    /// A connection that never checkpoints when it commits: <see cref="SqliteCheckpointService"/> does it in the
    /// background. A connection's own setting.
    /// </summary>
    internal const string NoAutomaticCheckpoint = " PRAGMA wal_autocheckpoint = 0;";

    /// <summary>Copies what it can of the write-ahead log into the file without waiting for readers or writers.</summary>
    internal const string PassiveCheckpoint = "PRAGMA wal_checkpoint(PASSIVE);";

    // A connection's own setting: connections with different settings can share one file.
    internal static string Synchronous(SqliteSynchronous synchronous) =>
        synchronous == SqliteSynchronous.Normal ? " PRAGMA synchronous = NORMAL;" : " PRAGMA synchronous = FULL;";
}
