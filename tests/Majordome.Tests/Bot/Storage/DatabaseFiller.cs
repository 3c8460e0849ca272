using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// Fills a SQLite file up to a page cap from a connection of the test's own, so that the bot's connections (opened
/// with the same cap, <c>Storage:MaxDatabaseSizeMegabytes</c>) meet a real SQLITE_FULL, as on a full disk; and
/// frees the space again. A root user ignores file permissions, so a cap is what tests can fill everywhere.
/// </summary>
public static class DatabaseFiller
{
    /// <summary>SQLite's result code for a full database or disk.</summary>
    public const int SqliteFull = 13;

    /// <summary>
    /// Writes filler rows until the file has no free page left, even for a few bytes. A table's own pages may still
    /// have room for a small row: fill them through the bot's own stores when a test needs every write to fail.
    /// </summary>
    public static void Fill(string path, long maxPages)
    {
        using var connection = Open(path);
        Execute(connection, $"PRAGMA max_page_count = {maxPages}; CREATE TABLE IF NOT EXISTS test_filler (b BLOB);");
        foreach (var size in new[] { 4000, 1000, 100, 10 })
        {
            try
            {
                while (true)
                {
                    Execute(connection, $"INSERT INTO test_filler VALUES (randomblob({size}));");
                }
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteFull)
            {
                // Full at this row size: smaller rows may still fit in the last pages.
            }
        }
    }

    /// <summary>Deletes the filler rows: their pages become free for the bot's writes.</summary>
    public static void Free(string path)
    {
        using var connection = Open(path);
        Execute(connection, "DELETE FROM test_filler;");
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        // The filler's commits need not reach the disk: a few hundred flushed commits took seconds on a busy machine.
        Execute(connection, "PRAGMA busy_timeout = 10000; PRAGMA synchronous = OFF;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
