using System.Net;
using System.Text;
using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// A retry that finds its conversation held by a turn that does not end (an instance stuck mid-turn) waits a
/// bounded time (Turns:LockWaitTimeout), then answers 503 with Retry-After: no apology, nothing cleared.
/// </summary>
public sealed class ConversationBusyTests : IDisposable
{
    private readonly PostgresTestDatabase _database = new("busy");
    private readonly BotApplicationFactory _bot;
    private readonly HttpClient _client;

    public ConversationBusyTests()
    {
        _bot = new BotApplicationFactory(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _database.ConnectionString,
            ["Turns:LockWaitTimeout"] = "00:00:02",
        });
        _client = _bot.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(30);
    }

    [Fact]
    public async Task ConversationHeldElsewhere_RequestWaitsTwoSeconds_Then503RetryAfter_AndTheStateIsKept()
    {
        var conversation = $"busy-{Guid.NewGuid():N}";
        await ExpectRepliesClient.SendForTextsAsync(_client, conversation, "bonjour");
        await ExpectRepliesClient.SendForTextsAsync(_client, conversation, "Réserver une table");

        // Another instance's turn of this conversation that does not end: it holds the conversation's lock.
        await using var other = new NpgsqlConnection(_database.ConnectionString);
        await other.OpenAsync();
        await using (var hold = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended(@key, 1))", other))
        {
            hold.Parameters.AddWithValue("key", $"webchat/{conversation}");
            await hold.ExecuteNonQueryAsync();
        }

        var lyon = Activity(conversation, "Lyon");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var busy = await PostAsync(lyon);
        watch.Stop();

        // The other turn ends (a pooled connection keeps its session's locks: unlock, as the bot does).
        await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@key, 1))", other))
        {
            release.Parameters.AddWithValue("key", $"webchat/{conversation}");
            await release.ExecuteNonQueryAsync();
        }

        using var retried = await PostAsync(lyon);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var texts = ExpectRepliesClient.Texts(JObject.Parse(await retried.Content.ReadAsStringAsync())["activities"]!);
        Assert.Contains(texts, t => t.Contains("Pour combien de personnes ?", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
        _database.Dispose();
    }

    private async Task<HttpResponseMessage> PostAsync(JObject activity)
    {
        using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
        return await _client.PostAsync("api/messages", content);
    }

    private static JObject Activity(string conversation, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "webchat",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JObject { ["id"] = "customer-" + conversation },
        ["recipient"] = new JObject { ["id"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversation },
        ["text"] = text,
    };
}
