using Majordome.Bot.Privacy;
using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Privacy;

/// <summary>
/// The privacy export reads every column of a customer's rows (<c>SELECT *</c>). Npgsql prepares a statement it runs
/// often on a connection; when a newer instance's migration then adds a column, PostgreSQL refuses the prepared
/// statement once ("cached plan must not change result type"): the export must not fail for it.
/// </summary>
public sealed class SqlRowsPreparedTests : IAsyncDisposable
{
    private readonly string _connectionString = PostgresServer.Instance.CreateDatabase("sqlrows_prepared");
    private readonly NpgsqlDataSource _pool;

    public SqlRowsPreparedTests()
    {
        // One connection, statements prepared from their second run: the state a busy instance reaches on its own.
        _pool = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(_connectionString) { MaxPoolSize = 1, MaxAutoPrepare = 10, AutoPrepareMinUsages = 2 }.ConnectionString);
    }

    [Fact]
    public async Task AColumnAddedAfterTheReadWasPrepared_IsRead_WithoutAnError()
    {
        await ExecuteAsync("CREATE TABLE customer_notes (customer_key TEXT NOT NULL, note TEXT NOT NULL); INSERT INTO customer_notes VALUES ('directline/dl-alice', 'terrasse');");
        for (var i = 0; i < 3; i++)
        {
            await ReadAsync();
        }

        await ExecuteAsync("ALTER TABLE customer_notes ADD COLUMN added_utc TEXT;");

        var row = Assert.Single(await ReadAsync());
        Assert.Equal("terrasse", row!["note"]!.GetValue<string>());
        Assert.True(row.AsObject().ContainsKey("added_utc"));
    }

    public async ValueTask DisposeAsync() => await _pool.DisposeAsync();

    private async Task<System.Text.Json.Nodes.JsonArray> ReadAsync()
    {
        await using var connection = await _pool.OpenConnectionAsync();
        return await SqlRows.ReadAsync(connection, null, "customer_notes", "customer_key = @customer", [("@customer", "directline/dl-alice")], CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql)
    {
        // Another connection, as another instance's migration would.
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
