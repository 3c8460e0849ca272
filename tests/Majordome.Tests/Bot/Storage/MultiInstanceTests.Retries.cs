using System.Text;
using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// A load balancer's retries across instances (same activity id): after an instance died (kill -9) between saving
/// its turn and answering, and while the first run still goes on. The turn must not run twice.
/// </summary>
public sealed partial class MultiInstanceTests
{

    [Fact]
    public async Task KillNineAfterTheConfirmationWasSaved_RetryOnAnotherInstance_OneBookingAndTheFirstReplies()
    {
        var conversation = $"retry-{Guid.NewGuid():N}";
        var survivor = _clients[0];
        foreach (var turn in new[] { "bonjour", "Réserver une table", "Bordeaux", "2", "samedi à 17h", "Marie", "06 12 34 56 78" })
        {
            await ExpectRepliesClient.SendForTextsAsync(survivor, conversation, turn);
        }

        var yes = Activity(conversation, "oui");
        var before = await StateETagAsync(conversation);
        List<string>? first;
        string victimOutput;
        await using (var victim = await BotProcess.StartAsync(_settings))
        {
            using var client = new HttpClient { BaseAddress = victim.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var answer = PostForTextsAsync(client, yes);

            // Kill the instance the moment its turn's state is committed (the booking is made before): its answer is lost.
            await WaitUntilAsync(async () => await StateETagAsync(conversation) != before, answer);
            await victim.KillAsync();
            first = await answer.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
            victimOutput = victim.Output;
        }

        var retried = await PostForTextsAsync(_clients[1], yes);

        var references = await BookingReferencesAsync(conversation);
        Assert.True(references.Count == 1, $"{references.Count} bookings; first replies: {(first is null ? "none" : string.Join(" | ", first))}; retried: {string.Join(" | ", retried)}; the killed instance printed:\n{victimOutput}");
        var reference = references[0];
        Assert.Contains(retried, r => r.StartsWith("C'est réservé !", StringComparison.Ordinal) && r.Contains(reference, StringComparison.Ordinal));
        if (first is not null)
        {
            Assert.Equal(first, retried);
        }
    }

    [Fact]
    public async Task SameActivityTwiceAtOnceOnTwoInstances_RunsOnce_BothGetTheSameReplies()
    {
        // The second request arrives while the first still runs: it waits behind the conversation's lock, then finds
        // the turn done instead of running it again (a second "Bordeaux" would be taken as the party size).
        var conversation = $"twice-{Guid.NewGuid():N}";
        await ExpectRepliesClient.SendForTextsAsync(_clients[0], conversation, "bonjour");
        await ExpectRepliesClient.SendForTextsAsync(_clients[0], conversation, "Réserver une table");
        var bordeaux = Activity(conversation, "Bordeaux");

        var both = await Task.WhenAll(PostForTextsAsync(_clients[1], bordeaux), PostForTextsAsync(_clients[2], bordeaux));
        var next = await ExpectRepliesClient.SendForTextsAsync(_clients[0], conversation, "2");

        Assert.Contains(both[0], r => r.Contains("Pour combien de personnes ?", StringComparison.Ordinal));
        Assert.Equal(both[0], both[1]);
        Assert.Contains(next, r => r.Contains("Quand souhaitez-vous venir ?", StringComparison.Ordinal));
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

    private static async Task<List<string>> PostForTextsAsync(HttpClient client, JObject activity)
    {
        using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("api/messages", content);
        response.EnsureSuccessStatusCode();
        return ExpectRepliesClient.Texts(JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Task giveUpWhenDone)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The turn's state was never saved.");
            if (giveUpWhenDone.IsCompleted && !await condition())
            {
                Assert.Fail("The turn answered without saving its state.");
            }
        }
    }

    private async Task<string?> StateETagAsync(string conversation)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT etag FROM bot_state WHERE key LIKE '%/conversations/' || @conversation", connection);
        command.Parameters.AddWithValue("conversation", conversation);
        return await command.ExecuteScalarAsync() as string;
    }

    private async Task<List<string>> BookingReferencesAsync(string conversation)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT reference FROM bookings WHERE customer_key LIKE '%' || @conversation || '%'", connection);
        command.Parameters.AddWithValue("conversation", conversation);
        var references = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            references.Add(reader.GetString(0));
        }

        return references;
    }
}
