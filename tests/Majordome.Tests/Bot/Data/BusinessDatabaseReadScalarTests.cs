using Majordome.Bot.Data;
using Majordome.Tests.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Data;

/// <summary>
/// The one-value reads made on every turn go through a SQLite connection kept open with their statement prepared:
/// each read still sees every commit made before it, by any connection, and a NULL or a missing row is null.
/// </summary>
public sealed class BusinessDatabaseReadScalarTests : IDisposable
{
    private const string Select = "SELECT primary_key FROM identity_links WHERE linked_key = @key;";
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task Each_read_sees_what_was_committed_before_it_by_another_connection()
    {
        using var database = new BusinessDatabase(_file.Options);
        Assert.Null(await database.ReadScalarAsync(Select, [("@key", "whatsapp:1")], CancellationToken.None));

        await ExecuteAsync("INSERT INTO identity_links (linked_key, primary_key, linked_utc) VALUES ('whatsapp:1', 'webchat:a', '2026-12-07T00:00:00Z');");
        Assert.Equal("webchat:a", await database.ReadScalarAsync(Select, [("@key", "whatsapp:1")], CancellationToken.None));
        Assert.Null(await database.ReadScalarAsync(Select, [("@key", "whatsapp:2")], CancellationToken.None));

        await ExecuteAsync("UPDATE identity_links SET primary_key = 'webchat:b' WHERE linked_key = 'whatsapp:1';");
        Assert.Equal("webchat:b", await database.ReadScalarAsync(Select, [("@key", "whatsapp:1")], CancellationToken.None));

        await ExecuteAsync("DELETE FROM identity_links;");
        Assert.Null(await database.ReadScalarAsync(Select, [("@key", "whatsapp:1")], CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_reads_each_get_their_own_answer()
    {
        using var database = new BusinessDatabase(_file.Options);
        await database.ReadScalarAsync(Select, [("@key", "none")], CancellationToken.None);
        for (var i = 0; i < 20; i++)
        {
            await ExecuteAsync($"INSERT INTO identity_links (linked_key, primary_key, linked_utc) VALUES ('k{i}', 'p{i}', '2026-12-07T00:00:00Z');");
        }

        var reads = Enumerable.Range(0, 200).Select(i => Task.Run(async () => (i % 20, await database.ReadScalarAsync(Select, [("@key", $"k{i % 20}")], CancellationToken.None))));

        foreach (var (key, primary) in await Task.WhenAll(reads))
        {
            Assert.Equal($"p{key}", primary);
        }
    }

    [Fact]
    public async Task A_NULL_is_null()
    {
        using var database = new BusinessDatabase(_file.Options);

        Assert.Null(await database.ReadScalarAsync("SELECT NULL WHERE @key = @key;", [("@key", "x")], CancellationToken.None));
        Assert.Equal(3L, await database.ReadScalarAsync("SELECT length(@key);", [("@key", "abc")], CancellationToken.None));
    }

    public void Dispose() => _file.Dispose();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_file.Options.ToConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
