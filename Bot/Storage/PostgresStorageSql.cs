namespace Majordome.Bot.Storage;

/// <summary>The SQL <see cref="PostgresStorage"/> runs, in one place.</summary>
internal static class PostgresStorageSql
{
    /// <summary>
    /// Any fixed number works: it names the advisory lock that serializes schema creation, because two processes
    /// running CREATE TABLE IF NOT EXISTS at the same moment can still collide on the catalog.
    /// </summary>
    internal const long SchemaLockId = 0x4D616A6F72646F;

    /// <summary>Same layout as SQLite's: the document is plain JSON text (kept byte for byte), its ETag repeated in a column.</summary>
    internal const string CreateTable = """
        SELECT pg_advisory_xact_lock(@lock);
        CREATE TABLE IF NOT EXISTS bot_state (
            key         TEXT NOT NULL PRIMARY KEY,
            etag        TEXT NOT NULL,
            document    TEXT NOT NULL,
            updated_utc TIMESTAMPTZ NOT NULL
        );
        """;

    internal const string SelectDocuments = "SELECT key, document FROM bot_state WHERE key = ANY(@keys);";

    /// <summary>
    /// A transaction-scoped advisory lock per key (a 64-bit hash of it) taken before the ETag is read: a row lock
    /// cannot protect a key that has no row yet, and two writers creating the same key must still be serialized.
    /// Keys are locked in sorted order so two batches never deadlock.
    /// </summary>
    internal const string LockKey = "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0));";

    internal const string SelectETag = "SELECT etag FROM bot_state WHERE key = @key;";

    internal const string Upsert = """
        INSERT INTO bot_state (key, etag, document, updated_utc) VALUES (@key, @etag, @document, @updated)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_utc = excluded.updated_utc;
        """;

    internal const string Delete = "DELETE FROM bot_state WHERE key = ANY(@keys);";
}
