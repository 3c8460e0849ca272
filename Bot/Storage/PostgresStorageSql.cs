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
    /// A document's save in one statement: written when the key has no row yet, or when no ETag is expected, or when
    /// the stored ETag is the expected one; otherwise nothing is written and the statement reports no row. In READ
    /// COMMITTED, ON CONFLICT locks the existing row and checks the condition against its latest version, even one
    /// committed after the statement began, so two writers with the same ETag cannot both succeed; two creators of
    /// a key without a row are serialized by its unique index. The transaction-scoped advisory lock on the key is the
    /// one earlier versions took before reading the ETag and writing in separate statements: taking it here keeps
    /// their check-then-write atomic against this one while both versions run side by side during a deployment.
    /// </summary>
    internal const string Save = """
        INSERT INTO bot_state (key, etag, document, updated_utc)
        SELECT @key, @etag, @document, @updated FROM (SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))) AS locked
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_utc = excluded.updated_utc
        WHERE @expected::text IS NULL OR bot_state.etag = @expected::text;
        """;

    /// <summary>The stored ETag, read only to say which one a rejected save ran into.</summary>
    internal const string SelectETag = "SELECT etag FROM bot_state WHERE key = @key;";

    internal const string Delete = "DELETE FROM bot_state WHERE key = ANY(@keys);";
}
