using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Bot.Storage;
using Majordome.Tests.Bot;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// State and business data share one SQLite file but not its durability: state commits may wait for the next
/// checkpoint (synchronous = NORMAL), orders and bookings are flushed at every commit (FULL).
/// </summary>
public sealed class SqliteSynchronousTests : IDisposable
{
    private const long Full = 2;
    private const long Normal = 1;
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task A_storage_connection_uses_the_configured_setting()
    {
        var database = new SqliteDatabase(_file.Options.ToConnectionString(), (_, _) => Task.CompletedTask, SqliteSynchronous.Normal);

        Assert.Equal(Normal, await SynchronousOfAsync(database));
    }

    [Fact]
    public async Task A_connection_flushes_every_commit_unless_told_otherwise()
    {
        var database = new SqliteDatabase(_file.Options.ToConnectionString(), (_, _) => Task.CompletedTask);

        Assert.Equal(Full, await SynchronousOfAsync(database));
    }

    [Fact]
    public async Task The_business_database_flushes_every_commit_even_on_the_file_the_state_uses()
    {
        var state = new SqliteStorage(new SqliteStorageOptions { DataDirectory = _file.Directory, FileName = "bot.db", Synchronous = SqliteSynchronous.Normal });
        await state.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });
        var business = new BusinessDatabase(_file.Options);

        await using var connection = await business.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        Assert.Equal(Full, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Conversation_records_follow_the_setting_they_are_given_while_orders_stay_flushed()
    {
        var business = new BusinessDatabase(_file.Options, conversationSynchronous: SqliteSynchronous.Normal);

        for (var round = 0; round < 3; round++)
        {
            await using (var lease = await business.BorrowForConversationWriteAsync(CancellationToken.None))
            {
                Assert.Equal(Normal, await PragmaAsync(lease.Connection, "synchronous"));
            }

            await using var connection = await business.OpenAsync(CancellationToken.None);
            Assert.Equal(Full, await PragmaAsync(connection, "synchronous"));
        }
    }

    [Fact]
    public async Task The_host_writes_conversation_records_as_it_writes_the_state()
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:StateSynchronous"] = "Full",
        });
        var business = (BusinessDatabase)factory.Services.GetService(typeof(BusinessDatabase))!;

        await using var lease = await business.BorrowForConversationWriteAsync(CancellationToken.None);

        Assert.Equal(Full, await PragmaAsync(lease.Connection, "synchronous"));
        Assert.Equal(0L, await PragmaAsync(lease.Connection, "wal_autocheckpoint"));
    }

    [Fact]
    public void State_waits_for_the_checkpoint_by_default()
    {
        Assert.Equal(SqliteSynchronous.Normal, new StorageOptions().StateSynchronous);
    }

    public void Dispose() => _file.Dispose();

    private static async Task<long> PragmaAsync(System.Data.Common.DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<long> SynchronousOfAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
