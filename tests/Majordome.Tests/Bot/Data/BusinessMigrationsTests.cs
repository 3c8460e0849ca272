using Majordome.Bot.Data;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Data;

/// <summary>One migration path for both engines: run on SQLite and on PostgreSQL by the subclasses below.</summary>
public abstract class BusinessMigrationsTests : IDisposable
{
    [Fact]
    public async Task Migrate_NewDatabase_AppliesEveryMigrationOnce_AndAgainNothing()
    {
        var database = OpenDatabase();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(0, await MigrationRunner.MigrateAsync(database, connection, BusinessMigrations.All, CancellationToken.None));
        }

        Assert.Equal(BusinessMigrations.All.Select(m => (long)m.Version), await AppliedVersionsAsync());
    }

    [Fact]
    public async Task Migrate_FourProcessesStartingTogether_ApplyEachMigrationOnce()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenDatabase().OpenAsync(CancellationToken.None)));
        foreach (var connection in opened)
        {
            await connection.DisposeAsync();
        }

        Assert.Equal(BusinessMigrations.All.Select(m => (long)m.Version), await AppliedVersionsAsync());
    }

    [Fact]
    public async Task Migrate_NewDatabase_HasNoMessengerPauseTable()
    {
        // Nothing reads or writes it since a person's hold is a flag in the conversation state (migration 21 drops it).
        await using var connection = await OpenDatabase().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM messenger_thread_control;";

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task FirstOrder_IsNumbered1001()
    {
        var store = new SqlOrderStore(OpenDatabase(), TimeProvider.System);
        await store.EnsureProductsAsync([("arpeggio", 5)]);

        var placed = await store.PlaceOrderAsync(new Majordome.Dialogs.Commerce.OrderRequest(
            "fb/1", "fr", [new("arpeggio", "Arpeggio", 4.2m, 1)],
            new(Majordome.Dialogs.Commerce.DeliveryMode.Home, "1 rue A", "75001", "Paris"), "a@b.fr", 0m, Majordome.Dialogs.Commerce.PaymentMethod.OnDelivery));

        Assert.Equal(1001, Assert.IsType<Majordome.Dialogs.Commerce.PlaceOrderResult.Placed>(placed).Order.Number);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private async Task<List<long>> AppliedVersionsAsync()
    {
        await using var connection = await OpenDatabase().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version;";
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<long>();
        while (await reader.ReadAsync())
        {
            versions.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return versions;
    }
}

public sealed class SqliteBusinessMigrationsTests : BusinessMigrationsTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresBusinessMigrationsTests : BusinessMigrationsTests
{
    private readonly PostgresTestDatabase _database = new("migrations");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
