using System.Text;
using Majordome.Bot.Turns;
using Majordome.Dialogs.State;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Moq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Turns;

/// <summary>
/// The replay window (the conversation's completed turns) is read and written with the conversation's state on every
/// turn: it keeps each turn's replies as text without the envelope every reply takes from the activity it answers,
/// and a retry of that activity still gets exactly the replies of the first run.
/// </summary>
public sealed class ReplayWindowTests : IDisposable
{
    private readonly BotApplicationFactory _bot = new(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" });

    [Fact]
    public async Task ARetriedActivity_GetsTheFirstRunsRepliesWhole_ButTheWindowKeepsThemWithoutTheirEnvelope()
    {
        using var client = _bot.CreateClient();
        var conversation = Guid.NewGuid().ToString();
        await ExpectRepliesClient.SendAsync(client, conversation, "bonjour");

        // The boutique question: a text with buttons, the kind of reply a retry must get back whole.
        var booking = Message(conversation, "Réserver une table");
        var first = await PostAsync(client, booking);
        var retried = await PostAsync(client, booking);

        Assert.NotEmpty(first);
        Assert.Contains(first, a => a["suggestedActions"] is not null);
        Assert.Equal(first.ToString(Formatting.None), retried.ToString(Formatting.None));

        var window = (JArray)(await ReadConversationAsync(conversation))["completedTurns"]!;
        var kept = window.Single(t => t.Value<string>("Id") == booking.Value<string>("id"));
        Assert.Equal(JTokenType.String, kept["Sent"]!.Type);
        Assert.Null(kept["Replies"]);
        var sent = kept.Value<string>("Sent")!;
        foreach (var envelope in new[] { "serviceUrl", "channelId", "\"conversation\"", "\"from\"", "\"recipient\"", "replyToId", conversation })
        {
            Assert.DoesNotContain(envelope, sent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ATurnKeptByAnEarlierVersion_WholeRepliesAsObjects_IsStillReplayed()
    {
        var stored = """{"Id":"a-1","CompletedUtc":"2026-12-06T10:00:00+00:00","Replies":[{"type":"message","text":"Dans quelle boutique ?","channelId":"webchat","conversation":{"id":"c-1"}}]}""";
        var turn = StateJson.Serializer.Deserialize<CompletedTurn>(new JsonTextReader(new StringReader(stored)))!;
        var context = new Mock<ITurnContext>();
        context.SetupGet(c => c.Activity).Returns(new Activity(ActivityTypes.Message) { Id = "a-1", ChannelId = "webchat", Conversation = new ConversationAccount(id: "c-1") });

        var replies = turn.ToReplies(context.Object);

        Assert.Equal(["Dans quelle boutique ?"], replies.Select(r => r.Text));
    }

    public void Dispose()
    {
        _bot.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private static JObject Message(string conversation, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "webchat",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "fr-FR",
        ["from"] = new JObject { ["id"] = "customer-" + conversation },
        ["recipient"] = new JObject { ["id"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversation },
        ["text"] = text,
    };

    private static async Task<JArray> PostAsync(HttpClient client, JObject activity)
    {
        using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("api/messages", content);
        response.EnsureSuccessStatusCode();
        return (JArray)JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!;
    }

    private async Task<JObject> ReadConversationAsync(string conversation)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_bot.DataDirectory, "majordome.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM bot_state WHERE key = @key;";
        command.Parameters.AddWithValue("@key", $"webchat/conversations/{conversation}");
        return JObject.Parse((string)(await command.ExecuteScalarAsync())!);
    }
}
