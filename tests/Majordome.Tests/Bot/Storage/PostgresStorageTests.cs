using Majordome.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>The storage contract on a real PostgreSQL server, plus what only a shared server adds: other instances.</summary>
public sealed class PostgresStorageTests : StorageContractTests, IDisposable
{
    private readonly string _connectionString = PostgresServer.Instance.CreateDatabase("storage");
    private readonly List<NpgsqlDataSource> _dataSources = [];

    public void Dispose()
    {
        foreach (var dataSource in _dataSources)
        {
            dataSource.Dispose();
        }
    }

    protected override IStorage CreateStorage() => Open();

    // A new instance with its own connection pool is what another bot process (or a restarted one) sees.
    protected override IStorage Reopen(IStorage storage) => Open();

    [Fact]
    public async Task WriteAsync_AnyItem_StoresPlainJsonWithETagColumn()
    {
        var counter = new Counter { Count = 3 };
        await Open().WriteAsync(Change("counter", counter));

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var eTag = await ScalarAsync(connection, "SELECT etag FROM bot_state WHERE key = 'counter';");
        var document = JObject.Parse(await ScalarAsync(connection, "SELECT document FROM bot_state WHERE key = 'counter';"));

        Assert.Equal(counter.ETag, eTag);
        Assert.Equal(counter.ETag, (string?)document["eTag"]);
        Assert.Equal(3, (int)document["Count"]!);
    }

    [Fact]
    public async Task WriteAsync_WritersOnSeparateInstancesWithSameETag_ExactlyOneSucceeds()
    {
        await Open().WriteAsync(Change("counter", new Counter()));
        var eTag = (await Open().ReadTypedAsync<Counter>(["counter"]))["counter"].ETag;

        // One storage instance (and connection pool) per writer, as separate bot processes each have their own.
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            TryWriteAsync(Open(), Change("counter", new Counter { Count = i, ETag = eTag })))));

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType<StorageConcurrencyException>(o));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentIncrementsWithRetry_LoseNoUpdate()
    {
        await Open().WriteAsync(Change("counter", new Counter()));

        // Read-modify-write with ETag and retry, as BotState does across instances: every increment must land.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var storage = Open();
            for (var done = 0; done < 10;)
            {
                var current = (await storage.ReadTypedAsync<Counter>(["counter"]))["counter"];
                current.Count++;
                if (await TryWriteAsync(storage, Change("counter", current)) is null)
                {
                    done++;
                }
            }
        })));

        Assert.Equal(80, (await Open().ReadTypedAsync<Counter>(["counter"]))["counter"].Count);
    }

    [Fact]
    public async Task WriteAsync_TwoInstancesCreateSameNewKeyWithStaleETag_NeitherOverwritesTheOther()
    {
        // A key that has no row yet cannot be protected by a row lock: the advisory lock must serialize creators.
        var first = Open();
        await first.WriteAsync(Change("fresh", new Counter { Count = 1 }));
        var stale = new Counter { Count = 2, ETag = "\"not-the-current-one\"" };

        var outcome = await TryWriteAsync(Open(), Change("fresh", stale));

        Assert.IsType<StorageConcurrencyException>(outcome);
        Assert.Equal(1, (await Open().ReadTypedAsync<Counter>(["fresh"]))["fresh"].Count);
    }

    [Fact]
    public async Task WriteAsync_OneDocumentWithItsETag_TakesOneRoundTrip()
    {
        // A turn saves its conversation's document: the check of its ETag and the write travel together.
        await using var wire = RoundTripCounter.Start(_connectionString);
        var storage = Open(wire.ConnectionString);
        await storage.WriteAsync(Change("counter", new Counter { Count = 1 }));
        var read = (await storage.ReadTypedAsync<Counter>(["counter"]))["counter"];
        read.Count = 2;

        var before = wire.RoundTrips;
        await storage.WriteAsync(Change("counter", read));

        Assert.Equal(1, wire.RoundTrips - before);
        Assert.Equal(2, (await Open().ReadTypedAsync<Counter>(["counter"]))["counter"].Count);
    }

    [Fact]
    public async Task WriteAsync_StaleETagOnOneOfTwoDocuments_SavesNeither()
    {
        var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Counter { Count = 1 }, ["b"] = new Counter { Count = 1 } });
        var read = await storage.ReadTypedAsync<Counter>(["a", "b"]);
        await Open().WriteAsync(Change("b", new Counter { Count = 5, ETag = read["b"].ETag }));
        read["a"].Count = 2;
        read["b"].Count = 2;

        var outcome = await TryWriteAsync(storage, new Dictionary<string, object> { ["a"] = read["a"], ["b"] = read["b"] });

        var conflict = Assert.IsType<StorageConcurrencyException>(outcome);
        Assert.Equal("b", conflict.Key);
        var stored = await Open().ReadTypedAsync<Counter>(["a", "b"]);
        Assert.Equal(1, stored["a"].Count);
        Assert.Equal(5, stored["b"].Count);
    }

    private PostgresStorage Open(string? connectionString = null)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString ?? _connectionString);
        lock (_dataSources)
        {
            _dataSources.Add(dataSource);
        }

        return new PostgresStorage(dataSource);
    }

    private static async Task<string> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
