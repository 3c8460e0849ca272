using Majordome.Bot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Storage;

/// <summary>ETag semantics shared by every storage (optimistic concurrency as Bot Framework's MemoryStorage).</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task WriteAsync_StoreItem_AssignsETagThatReadsReturn()
    {
        var storage = CreateStorage();
        var counter = new Counter { Count = 1 };

        await storage.WriteAsync(Change("counter", counter));
        var read = await Reopen(storage).ReadAsync(["counter"]);
        var typed = await Reopen(storage).ReadTypedAsync<Counter>(["counter"]);

        var document = (JObject)read["counter"];
        Assert.False(string.IsNullOrEmpty(counter.ETag));
        Assert.Equal(counter.ETag, (string?)document["eTag"]);
        Assert.Null(document["ETag"]);
        Assert.Equal(counter.ETag, typed["counter"].ETag);
        Assert.Equal(1, typed["counter"].Count);
    }

    [Fact]
    public async Task WriteAsync_EachWrite_AssignsANewETag()
    {
        var storage = CreateStorage();
        var eTags = new HashSet<string>();

        for (var i = 0; i < 3; i++)
        {
            await storage.WriteAsync(Change("counter", new Counter { Count = i }));
            eTags.Add((await storage.ReadTypedAsync<Counter>(["counter"]))["counter"].ETag!);
        }

        Assert.Equal(3, eTags.Count);
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_Succeeds()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Change("counter", new Counter { Count = 1 }));
        var counter = (await storage.ReadTypedAsync<Counter>(["counter"]))["counter"];

        counter.Count = 2;
        await storage.WriteAsync(Change("counter", counter));

        Assert.Equal(2, (await Reopen(storage).ReadTypedAsync<Counter>(["counter"]))["counter"].Count);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData(null)]
    public async Task WriteAsync_WildcardOrNoETag_Overwrites(string? eTag)
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Change("counter", new Counter { Count = 1 }));

        await storage.WriteAsync(Change("counter", new Counter { Count = 2, ETag = eTag }));

        Assert.Equal(2, (await storage.ReadTypedAsync<Counter>(["counter"]))["counter"].Count);
    }

    [Fact]
    public async Task WriteAsync_StaleStoreItemETag_ThrowsConflictNamingKey()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Change("counter", new Counter { Count = 1 }));
        var mine = (await storage.ReadTypedAsync<Counter>(["counter"]))["counter"];
        var theirs = (await storage.ReadTypedAsync<Counter>(["counter"]))["counter"];
        await storage.WriteAsync(Change("counter", theirs));

        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Change("counter", mine)));

        Assert.Contains("ETag conflict", error.Message, StringComparison.Ordinal);
        Assert.Contains("'counter'", error.Message, StringComparison.Ordinal);
        Assert.Equal(("counter", mine.ETag, theirs.ETag), (error.Key, error.ExpectedETag, error.CurrentETag));
    }

    [Fact]
    public async Task WriteAsync_StaleDictionaryETag_ThrowsConflict()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Change("state", new Dictionary<string, object> { ["step"] = 1 }));

        // What BotState holds after reading a plain-JSON store.
        var stale = ((JObject)(await storage.ReadAsync(["state"]))["state"]).ToObject<IDictionary<string, object>>()!;
        await storage.WriteAsync(Change("state", new Dictionary<string, object> { ["step"] = 2 }));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Change("state", stale)));
        Assert.Equal(2, (int)((JObject)(await storage.ReadAsync(["state"]))["state"])["step"]!);
    }

    [Fact]
    public async Task WriteAsync_StaleJObjectETag_ThrowsConflict()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Change("state", new BookingDraft()));
        var stale = (JObject)(await storage.ReadAsync(["state"]))["state"];
        await storage.WriteAsync(Change("state", new BookingDraft()));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Change("state", stale)));
    }

    [Fact]
    public async Task WriteAsync_ETagOnMissingKey_Succeeds()
    {
        var storage = CreateStorage();

        await storage.WriteAsync(Change("counter", new Counter { Count = 7, ETag = "from-a-deleted-item" }));

        Assert.Equal(7, (await storage.ReadTypedAsync<Counter>(["counter"]))["counter"].Count);
    }

    [Fact]
    public async Task WriteAsync_BatchWithOneStaleItem_WritesNone()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Change("stale", new Counter { Count = 1 }));
        var stale = (await storage.ReadTypedAsync<Counter>(["stale"]))["stale"];
        await storage.WriteAsync(Change("stale", new Counter { Count = 2 }));
        stale.Count = 3;
        var batch = new Dictionary<string, object> { ["new"] = new Counter { Count = 1 }, ["stale"] = stale };

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(batch));

        var items = await Reopen(storage).ReadTypedAsync<Counter>(["new", "stale"]);
        Assert.Equal(["stale"], items.Keys);
        Assert.Equal(2, items["stale"].Count);
    }

    [Fact]
    public async Task WriteAsync_BatchWithOneUnstorableItem_WritesNone()
    {
        var storage = CreateStorage();
        var batch = new Dictionary<string, object> { ["good"] = new BookingDraft(), ["bad"] = 42 };

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(batch));

        Assert.Empty(await storage.ReadAsync(["good", "bad"]));
    }

    [Fact]
    public async Task WriteAsync_TwentyConcurrentWritersWithSameETag_ExactlyOneSucceeds()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Change("counter", new Counter { Count = 0 }));
        var eTag = (await storage.ReadTypedAsync<Counter>(["counter"]))["counter"].ETag;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            TryWriteAsync(storage, Change("counter", new Counter { Count = i, ETag = eTag })))));

        AssertExactlyOneSucceeded(outcomes);
    }

    /// <summary>Asserts that one write succeeded and every other one failed on its ETag, not on a lock.</summary>
    protected static void AssertExactlyOneSucceeded(Exception?[] outcomes)
    {
        Assert.Equal(1, outcomes.Count(outcome => outcome is null));
        Assert.All(outcomes.OfType<Exception>(), error => Assert.IsType<StorageConcurrencyException>(error));
    }

    /// <summary>Runs a write and returns its exception, or null when it succeeded.</summary>
    protected static async Task<Exception?> TryWriteAsync(IStorage storage, IDictionary<string, object> changes)
    {
        try
        {
            await storage.WriteAsync(changes);
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }

    protected static Dictionary<string, object> Change(string key, object value) => new() { [key] = value };
}
