using Majordome.Bot.Storage;
using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// The instance's connection string gets its pool size and Npgsql's automatic preparation from
/// <see cref="PostgresPoolOptions"/> unless the operator's connection string says otherwise: a turn's statements are
/// then prepared on the server once per connection instead of parsed and planned on every turn.
/// </summary>
public sealed class PostgresPoolSizeTests
{
    private const string Given = "Host=db.example;Database=majordome;Username=bot";

    [Fact]
    public void The_options_fill_in_what_the_connection_string_leaves_out()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresPoolSize.Apply(Given, new PostgresPoolOptions { MaxPoolSize = 12 }));

        Assert.Equal(12, applied.MaxPoolSize);
        Assert.Equal(64, applied.MaxAutoPrepare);
        Assert.Equal("db.example", applied.Host);
    }

    [Fact]
    public void The_connection_string_wins_over_the_options()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresPoolSize.Apply(Given + ";Maximum Pool Size=7;Max Auto Prepare=0", new PostgresPoolOptions { MaxPoolSize = 12, MaxAutoPrepare = 32 }));

        Assert.Equal(7, applied.MaxPoolSize);
        Assert.Equal(0, applied.MaxAutoPrepare);
    }

    [Fact]
    public void Preparation_can_be_turned_off_for_a_pooler_that_cannot_keep_it()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresPoolSize.Apply(Given, new PostgresPoolOptions { MaxAutoPrepare = 0 }));

        Assert.Equal(0, applied.MaxAutoPrepare);
    }

    [Fact]
    public async Task A_statement_sent_on_every_turn_ends_up_prepared_on_the_server()
    {
        using var database = new PostgresTestDatabase("autoprepare");
        await using var dataSource = NpgsqlDataSource.Create(PostgresPoolSize.Apply(database.ConnectionString, new PostgresPoolOptions()));
        await using var connection = await dataSource.OpenConnectionAsync();

        for (var turn = 0; turn < 8; turn++)
        {
            await using var command = new NpgsqlCommand("SELECT length(@key) + 1;", connection);
            command.Parameters.AddWithValue("key", "messenger:" + turn);
            Assert.Equal(("messenger:" + turn).Length + 1, Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }

        await using var prepared = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%length($1)%';", connection);
        Assert.Equal(1L, (long)(await prepared.ExecuteScalarAsync())!);
    }
}
