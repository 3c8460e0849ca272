using Majordome.Bot.Data;
using Majordome.Tests.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Data;

public sealed class BusinessMigrationsTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task Migrate_NewFile_AppliesEveryMigrationOnce_AndAgainNothing()
    {
        await using (var connection = await new BusinessDatabase(_file.Options).OpenAsync(CancellationToken.None))
        {
            Assert.Equal(0, await MigrationRunner.MigrateAsync(connection, BusinessMigrations.All, CancellationToken.None));
        }

        await using var check = new SqliteConnection($"Data Source={_file.DatabasePath}");
        await check.OpenAsync();
        await using var command = check.CreateCommand();
        command.CommandText = "SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version);";
        Assert.Equal(string.Join(",", BusinessMigrations.All.Select(m => m.Version)), (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrate_TwoProcessesStartingTogether_ApplyEachMigrationOnce()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new BusinessDatabase(_file.Options).OpenAsync(CancellationToken.None)));
        foreach (var connection in opened)
        {
            await connection.DisposeAsync();
        }

        await using var check = new SqliteConnection($"Data Source={_file.DatabasePath}");
        await check.OpenAsync();
        await using var command = check.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM schema_migrations;";
        Assert.Equal((long)BusinessMigrations.All.Count, (long)(await command.ExecuteScalarAsync())!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}
