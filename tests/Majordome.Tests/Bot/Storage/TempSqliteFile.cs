using Majordome.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Storage;

/// <summary>A uniquely named folder under the temp directory for one test's database, deleted on dispose.</summary>
public sealed class TempSqliteFile : IDisposable
{
    public TempSqliteFile()
    {
        Directory = Path.Combine(Path.GetTempPath(), "majordome-storage-tests", Guid.NewGuid().ToString("N"));
    }

    /// <summary>The data folder; not created, so tests see SqliteStorage create it.</summary>
    public string Directory { get; }

    public SqliteStorageOptions Options => new() { DataDirectory = Directory, FileName = "bot.db" };

    public string DatabasePath => Path.Combine(Directory, "bot.db");

    public SqliteStorage Open() => new(Options);

    public void Dispose()
    {
        // Pooled connections keep the file open (and locked on Windows) until the pool lets them go.
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
