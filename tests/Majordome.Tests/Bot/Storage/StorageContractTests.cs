using Majordome.Bot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// The behaviour every Majordome storage shares, run against each of them by a subclass.
/// This part: round trips, reads, deletes and guards. ETags and BotState are in the other parts.
/// </summary>
public abstract partial class StorageContractTests
{
    /// <summary>A new, empty storage.</summary>
    protected abstract IStorage CreateStorage();

    /// <summary>The same data as a restarted process sees it; the memory storage has no restart, so itself.</summary>
    protected virtual IStorage Reopen(IStorage storage) => storage;

    [Fact]
    public async Task WriteAsync_Poco_ReadReturnsPlainJObjectWithSameValues()
    {
        var storage = CreateStorage();
        var draft = new BookingDraft { Name = "Zoé", Guests = 4, Deposit = 19.99m, Notes = ["terrasse"] };

        await storage.WriteAsync(new Dictionary<string, object> { ["draft"] = draft });
        var item = Assert.IsType<JObject>((await Reopen(storage).ReadAsync(["draft"]))["draft"]);

        Assert.Null(item["$type"]);
        Assert.Equal("Zoé", (string?)item["Name"]);
        Assert.Equal(4L, item["Guests"]!.ToObject<object>());
        Assert.Equal(19.99m, (decimal)item["Deposit"]!);
        Assert.Equal(["terrasse"], item["Notes"]!.ToObject<string[]>()!);
    }

    [Fact]
    public async Task WriteAsync_NestedDictionaries_ReadReturnsLongsAndJObjects()
    {
        var storage = CreateStorage();
        var state = new Dictionary<string, object>
        {
            ["stepIndex"] = 2,
            ["options"] = new Dictionary<string, object> { ["Guests"] = 4, ["When"] = "2025-06-01T20:00:00" },
        };

        await storage.WriteAsync(new Dictionary<string, object> { ["state"] = state });
        var bag = ((JObject)(await Reopen(storage).ReadAsync(["state"]))["state"]).ToObject<Dictionary<string, object>>()!;

        Assert.IsType<long>(bag["stepIndex"]);
        var options = Assert.IsType<JObject>(bag["options"]);
        Assert.Equal(JTokenType.Integer, options["Guests"]!.Type);
        Assert.Equal(JTokenType.String, options["When"]!.Type);
        Assert.Equal("2025-06-01T20:00:00", (string?)options["When"]);
    }

    [Fact]
    public async Task ReadTypedAsync_WrittenPoco_ConvertsBackToType()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["draft"] = new BookingDraft { Name = "Léa", Guests = 2 } });

        var drafts = await Reopen(storage).ReadTypedAsync<BookingDraft>(["draft", "missing"]);

        var draft = Assert.Single(drafts).Value;
        Assert.Equal(("Léa", 2), (draft.Name, draft.Guests));
    }

    [Fact]
    public async Task ReadAsync_TwoReads_ReturnIndependentObjects()
    {
        var storage = CreateStorage();
        var draft = new BookingDraft { Guests = 4 };
        await storage.WriteAsync(new Dictionary<string, object> { ["draft"] = draft });
        draft.Guests = 99;

        var first = (JObject)(await storage.ReadAsync(["draft"]))["draft"];
        first["Guests"] = 42;
        var second = (JObject)(await storage.ReadAsync(["draft"]))["draft"];

        Assert.NotSame(first, second);
        Assert.Equal(4, (int)second["Guests"]!);
    }

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsOnlyExistingKeys()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new BookingDraft() });

        var items = await storage.ReadAsync(["a", "missing", "a"]);

        Assert.Equal(["a"], items.Keys);
    }

    [Fact]
    public async Task ReadAsync_EmptyKeys_ReturnsNothing()
    {
        Assert.Empty(await CreateStorage().ReadAsync([]));
    }

    [Fact]
    public async Task DeleteAsync_ExistingAndMissingKeys_RemovesExistingAndIgnoresMissing()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new BookingDraft(), ["b"] = new BookingDraft() });

        await storage.DeleteAsync(["a", "missing"]);

        Assert.Equal(["b"], (await Reopen(storage).ReadAsync(["a", "b"])).Keys);
    }

    [Fact]
    public async Task WriteAsync_UnicodeText_RoundTrips()
    {
        const string text = "Réservation pour 4 à 20h — «terrasse» 🍷 日本語 עברית \u0000 \"quoted\" \\ back";
        var storage = CreateStorage();

        await storage.WriteAsync(new Dictionary<string, object> { ["ünï/cødé"] = new BookingDraft { Name = text } });
        var drafts = await Reopen(storage).ReadTypedAsync<BookingDraft>(["ünï/cødé"]);

        Assert.Equal(text, drafts["ünï/cødé"].Name);
    }

    [Fact]
    public async Task WriteAsync_LargeDocument_RoundTrips()
    {
        var storage = CreateStorage();
        var notes = Enumerable.Range(0, 20_000).Select(i => $"note {i} {new string('x', 100)}").ToList();

        await storage.WriteAsync(new Dictionary<string, object> { ["big"] = new BookingDraft { Notes = notes } });
        var drafts = await Reopen(storage).ReadTypedAsync<BookingDraft>(["big"]);

        Assert.Equal(notes, drafts["big"].Notes);
    }

    [Fact]
    public async Task ReadAsync_NullKeys_ThrowsArgumentNullException()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => CreateStorage().ReadAsync(null!));
    }

    [Fact]
    public async Task DeleteAsync_NullKeys_ThrowsArgumentNullException()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => CreateStorage().DeleteAsync(null!));
    }

    [Fact]
    public async Task WriteAsync_NullChanges_ThrowsArgumentNullException()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => CreateStorage().WriteAsync(null!));
    }

    [Fact]
    public async Task ReadAsync_EmptyKey_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CreateStorage().ReadAsync(["a", ""]));
    }

    [Fact]
    public async Task WriteAsync_NullValue_ThrowsArgumentExceptionNamingKey()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => CreateStorage().WriteAsync(new Dictionary<string, object> { ["k1"] = null! }));

        Assert.Contains("'k1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ValueNotAJsonObject_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => CreateStorage().WriteAsync(new Dictionary<string, object> { ["k1"] = "just text" }));
    }

    [Fact]
    public async Task WriteAsync_CancelledToken_ThrowsAndWritesNothing()
    {
        var storage = CreateStorage();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => storage.WriteAsync(
            new Dictionary<string, object> { ["a"] = new BookingDraft() }, new CancellationToken(canceled: true)));

        Assert.Empty(await storage.ReadAsync(["a"]));
    }
}
