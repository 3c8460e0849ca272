using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Tests.Bot.Storage;

namespace Majordome.Tests.Bot.Data;

/// <summary>Short business writes on SQLite queue on the file's write gate, the one the state writes use.</summary>
public sealed class BusinessWriteGateTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task A_second_writer_waits_until_the_first_connection_is_disposed()
    {
        var database = new BusinessDatabase(_file.Options);
        var first = await database.OpenForWriteAsync(CancellationToken.None);

        var second = database.OpenForWriteAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var opened = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(System.Data.ConnectionState.Open, opened.State);
    }

    [Fact]
    public async Task The_state_storage_waits_for_a_business_writer_on_the_same_file()
    {
        var database = new BusinessDatabase(_file.Options);
        var storage = new SqliteStorage(_file.Options);
        await storage.WriteAsync(new Dictionary<string, object> { ["warm"] = new { value = 0 } });
        var business = await database.OpenForWriteAsync(CancellationToken.None);

        var write = storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });
        await Task.Delay(100);
        Assert.False(write.IsCompleted);

        await business.DisposeAsync();
        await write.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True((await storage.ReadAsync(["k"])).ContainsKey("k"));
    }

    public void Dispose() => _file.Dispose();
}
