using Majordome.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// A connection's pragmas (busy timeout, synchronous, page cap) are settings of the native connection, which the
/// pool keeps open between uses: they are set when a native connection is first opened by an owner, not again on
/// every open, and an owner with other settings sharing the pool still gets its own.
/// </summary>
public sealed class SqliteConnectionPragmaTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task A_pooled_connection_is_not_set_again_when_it_is_reused()
    {
        var database = new SqliteDatabase(_file.Options.ToConnectionString(), (_, _) => Task.CompletedTask);
        object handle;
        await using (var first = await database.OpenAsync(CancellationToken.None))
        {
            handle = first.Handle!;
            Assert.Equal((long)_file.Options.BusyTimeout.TotalMilliseconds, await ScalarAsync(first, "PRAGMA busy_timeout;"));
            await ScalarAsync(first, "PRAGMA busy_timeout = 1234;");
        }

        await using var second = await database.OpenAsync(CancellationToken.None);

        Assert.Same(handle, second.Handle);
        Assert.Equal(1234L, await ScalarAsync(second, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task Owners_with_other_settings_on_one_pool_each_get_theirs()
    {
        var state = new SqliteDatabase(_file.Options.ToConnectionString(), (_, _) => Task.CompletedTask, SqliteSynchronous.Normal);
        var business = new SqliteDatabase(_file.Options.ToConnectionString(), (_, _) => Task.CompletedTask, SqliteSynchronous.Full);

        for (var round = 0; round < 3; round++)
        {
            await using (var connection = await state.OpenAsync(CancellationToken.None))
            {
                Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous;"));
            }

            await using (var connection = await business.OpenAsync(CancellationToken.None))
            {
                Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous;"));
            }
        }
    }

    [Fact]
    public async Task A_new_native_connection_gets_the_settings()
    {
        var database = new SqliteDatabase(_file.Options.ToConnectionString(), (_, _) => Task.CompletedTask, SqliteSynchronous.Normal);
        await using (var first = await database.OpenAsync(CancellationToken.None))
        {
            // Held open, so the next open cannot reuse it: the pool opens a second native connection.
            await using var second = await database.OpenAsync(CancellationToken.None);

            Assert.NotSame(first.Handle, second.Handle);
            Assert.Equal(1L, await ScalarAsync(second, "PRAGMA synchronous;"));
            Assert.Equal((long)_file.Options.BusyTimeout.TotalMilliseconds, await ScalarAsync(second, "PRAGMA busy_timeout;"));
        }

        SqliteConnection.ClearAllPools();
        await using var fresh = await database.OpenAsync(CancellationToken.None);

        Assert.Equal(1L, await ScalarAsync(fresh, "PRAGMA synchronous;"));
    }

    public void Dispose() => _file.Dispose();

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
