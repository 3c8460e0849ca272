using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Storage;

/// <summary>A full database: the write fails with SQLite's own reason, and works again once there is room.</summary>
public sealed class SqliteFullTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Write_OnAFullDatabase_FailsWithSqliteFull_AndSucceedsOnceThereIsRoom()
    {
        var options = _file.Options;
        options.MaxDatabaseSizeMegabytes = 1;
        using var storage = new Majordome.Bot.Storage.SqliteStorage(options);
        await storage.WriteAsync(new Dictionary<string, object> { ["small"] = new JObject { ["n"] = 1 } });
        DatabaseFiller.Fill(_file.DatabasePath, maxPages: 256);

        // SQLite rolls the transaction back itself on SQLITE_FULL; a second ROLLBACK used to replace the reason
        // with "cannot rollback - no transaction is active".
        var error = await Assert.ThrowsAsync<SqliteException>(() => storage.WriteAsync(Big()));
        Assert.Equal(DatabaseFiller.SqliteFull, error.SqliteErrorCode);

        DatabaseFiller.Free(_file.DatabasePath);
        await storage.WriteAsync(Big());
        Assert.True((await storage.ReadAsync(["big"])).ContainsKey("big"));
    }

    private static Dictionary<string, object> Big() => new() { ["big"] = new JObject { ["text"] = new string('x', 20_000) } };
}
