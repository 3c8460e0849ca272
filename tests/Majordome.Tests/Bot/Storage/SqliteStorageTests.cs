using Majordome.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Storage;

/// <summary>The storage contract on a real SQLite file, plus what only a file shares: restarts and other processes.</summary>
public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    protected override IStorage CreateStorage() => _file.Open();

    // A new instance (and new connections) on the same file is what a restarted process sees.
    protected override IStorage Reopen(IStorage storage) => _file.Open();

    [Fact]
    public async Task WriteAsync_MissingDataFolder_CreatesFolderAndFile()
    {
        Assert.False(Directory.Exists(_file.Directory));

        await _file.Open().WriteAsync(Change("a", new BookingDraft()));

        Assert.True(File.Exists(_file.DatabasePath));
    }

    [Fact]
    public async Task Constructor_ConnectionString_UsesThatFile()
    {
        var storage = new SqliteStorage($"Data Source={_file.DatabasePath}");

        await storage.WriteAsync(Change("a", new BookingDraft { Guests = 5 }));

        Assert.Equal(5, (await _file.Open().ReadTypedAsync<BookingDraft>(["a"]))["a"].Guests);
    }

    [Fact]
    public async Task WriteAsync_AnyItem_StoresPlainJsonWithETagColumnInWalFile()
    {
        var counter = new Counter { Count = 3 };
        await _file.Open().WriteAsync(Change("counter", counter));

        await using var connection = new SqliteConnection($"Data Source={_file.DatabasePath}");
        await connection.OpenAsync();
        var journalMode = await ScalarAsync(connection, "PRAGMA journal_mode;");
        var eTag = await ScalarAsync(connection, "SELECT etag FROM bot_state WHERE key = 'counter';");
        var document = JObject.Parse(await ScalarAsync(connection, "SELECT document FROM bot_state WHERE key = 'counter';"));

        Assert.Equal("wal", journalMode);
        Assert.Equal(counter.ETag, eTag);
        Assert.Equal(counter.ETag, (string?)document["eTag"]);
        Assert.DoesNotContain(document.Descendants().OfType<JProperty>(), p => p.Name.StartsWith('$'));
    }

    [Fact]
    public async Task ReadAsync_OnAKeptOpenConnection_SeesWhatAnotherInstanceWroteSince()
    {
        // Each storage keeps its connection open between operations: it must not serve an old snapshot.
        var reader = _file.Open();
        var writer = _file.Open();
        await writer.WriteAsync(Change("counter", new Counter { Count = 1 }));
        Assert.Equal(1, (await reader.ReadTypedAsync<Counter>(["counter"]))["counter"].Count);

        var current = (await writer.ReadTypedAsync<Counter>(["counter"]))["counter"];
        current.Count = 2;
        await writer.WriteAsync(Change("counter", current));

        Assert.Equal(2, (await reader.ReadTypedAsync<Counter>(["counter"]))["counter"].Count);
    }

    [Fact]
    public async Task Operations_FromManyTurnsAtOnce_ShareTheConnectionSafely()
    {
        var storage = _file.Open();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await storage.WriteAsync(Change($"k{i}", new Counter { Count = i }));
            Assert.Equal(i, (await storage.ReadTypedAsync<Counter>([$"k{i}"]))[$"k{i}"].Count);
        })));

        Assert.Equal(40, (await _file.Open().ReadAsync(Enumerable.Range(0, 40).Select(i => $"k{i}").ToArray())).Count);
    }

    [Fact]
    public async Task WriteAsync_WritersOnSeparateInstancesWithSameETag_ExactlyOneSucceeds()
    {
        await _file.Open().WriteAsync(Change("counter", new Counter()));
        var eTag = (await _file.Open().ReadTypedAsync<Counter>(["counter"]))["counter"].ETag;

        // One storage instance per writer, as separate bot processes each have their own.
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            TryWriteAsync(_file.Open(), Change("counter", new Counter { Count = i, ETag = eTag })))));

        AssertExactlyOneSucceeded(outcomes);
    }

    [Fact]
    public async Task WriteAsync_WhileAnotherProcessHoldsWriteLock_WaitsThenReportsItsCommitAsConflict()
    {
        await _file.Open().WriteAsync(Change("counter", new Counter()));
        var eTag = (await _file.Open().ReadTypedAsync<Counter>(["counter"]))["counter"].ETag;
        await using var other = new SqliteConnection($"Data Source={_file.DatabasePath}");
        await other.OpenAsync();
        await using var otherWrite = other.BeginTransaction(deferred: false);

        var pending = Task.Run(() => TryWriteAsync(_file.Open(), Change("counter", new Counter { Count = 1, ETag = eTag })));
        await Task.Delay(300);
        Assert.False(pending.IsCompleted);
        await using (var update = other.CreateCommand())
        {
            update.Transaction = otherWrite;
            update.CommandText = "UPDATE bot_state SET etag = 'theirs', document = json_set(document, '$.eTag', 'theirs');";
            await update.ExecuteNonQueryAsync();
        }

        await otherWrite.CommitAsync();

        var error = Assert.IsType<StorageConcurrencyException>(await pending);
        Assert.Equal("theirs", error.CurrentETag);
    }

    [Fact]
    public void Constructor_NullOptions_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new SqliteStorage((SqliteStorageOptions)null!));
    }

    [Fact]
    public void Constructor_EmptyFileName_ThrowsArgumentExceptionNamingOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteStorage(new SqliteStorageOptions { FileName = " " }));

        Assert.Contains(nameof(SqliteStorageOptions.FileName), error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
