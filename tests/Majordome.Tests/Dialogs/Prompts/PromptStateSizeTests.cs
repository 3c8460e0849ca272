using System.Text;
using Majordome.Tests.Bot;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Majordome.Tests.Dialogs.Prompts;

/// <summary>
/// What a booking conversation stores for its waiting question: the conversation's state is written on every turn,
/// so a prompt's options are paid for on every turn until the question is answered. The prompt keeps what the
/// dialog said in its question, not the envelope every message shares.
/// </summary>
public sealed class PromptStateSizeTests(ITestOutputHelper output) : IDisposable
{
    // The JSON around the question's text: {"Prompt":{"text":"…"}} and some room for an option. The whole message
    // (type, input hint, empty attachments and entities) and the flags that are off took about 150 bytes.
    private const int MostBytesBesidesTheText = 40;

    private readonly BotApplicationFactory _bot = new(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" });

    [Fact]
    public async Task BookingConfirmation_WaitingPromptOptions_AreTheQuestionsTextAndLittleElse()
    {
        using var client = _bot.CreateClient();
        var conversation = Guid.NewGuid().ToString();
        var sizes = new List<string>();
        List<string> replies = [];
        foreach (var text in new[] { "bonjour", "Réserver une table", "Bordeaux", "2", "samedi à 15h", "Marie", "06 12 34 56 78" })
        {
            replies = await ExpectRepliesClient.SendForTextsAsync(client, conversation, text);
            var document = await ReadConversationAsync(conversation);
            sizes.Add($"{text}: conversation {Bytes(document)} B, dialog state {Bytes(document["DialogState"])} B");
        }

        output.WriteLine(string.Join(Environment.NewLine, sizes));
        var state = (await ReadConversationAsync(conversation))["DialogState"]!;
        var confirm = state.SelectTokens("$..dialogStack[?(@.id == 'BookingConfirm')]").Single();
        var options = confirm["state"]!["options"]!;
        var question = replies.Last();
        Assert.Equal(question, options["Prompt"]?["text"]?.ToString());
        Assert.True(
            Bytes(options) <= Bytes(new JValue(question)) + MostBytesBesidesTheText,
            $"The confirmation's prompt keeps {Bytes(options)} bytes for a question of {Bytes(new JValue(question))}: {options.ToString(Formatting.None)}");
    }

    [Fact]
    public async Task BookingSteps_AtThePhoneQuestion_HistoryKeepsEachValueOnce()
    {
        using var client = _bot.CreateClient();
        var conversation = Guid.NewGuid().ToString();
        foreach (var text in new[] { "bonjour", "Réserver une table", "Bordeaux", "2", "samedi à 15h", "Marie" })
        {
            await ExpectRepliesClient.SendForTextsAsync(client, conversation, text);
        }

        var state = (await ReadConversationAsync(conversation))["DialogState"]!;
        var history = (JArray)state.SelectTokens("$..dialogStack[?(@.id == 'BookingSteps')]").Single()["state"]!["history"]!;
        output.WriteLine($"history {Bytes(history)} B: {history.ToString(Formatting.None)}");

        // Each entry says how the values differ from the entry before, not the whole values again: "boutique" was set
        // once, and copied into each later entry (four times by the phone question) when entries were whole.
        var copies = history.Children<JObject>().SelectMany(e => e.Properties().Where(p => p.Name != "result"))
            .SelectMany(p => p.Value.SelectTokens("$..boutique")).Count();
        Assert.True(copies <= 1, $"'boutique' is kept {copies} times in the history: {history.ToString(Formatting.None)}");
        Assert.Equal([0, 1, 2, 3, 4], history.Select(e => e.Value<int>("step")));
    }

    private static int Bytes(JToken? token) => token is null ? 0 : Encoding.UTF8.GetByteCount(token.ToString(Formatting.None));

    private async Task<JObject> ReadConversationAsync(string conversation)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_bot.DataDirectory, "majordome.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM bot_state WHERE key = @key;";
        command.Parameters.AddWithValue("@key", $"webchat/conversations/{conversation}");
        return JObject.Parse((string)(await command.ExecuteScalarAsync())!);
    }

    public void Dispose() => _bot.Dispose();
}
