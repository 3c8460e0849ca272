using Majordome.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Engine;

/// <summary>
/// A waterfall's history as earlier versions stored it (each entry with the whole values it started from) still
/// takes the customer back with those values after an upgrade, and the entries added since keep only what changed.
/// </summary>
public sealed class WaterfallHistoryFormatTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-history-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task OldFormatHistory_BackAfterARestart_RestoresTheValuesItKept()
    {
        var options = new SqliteStorageOptions { DataDirectory = _folder, FileName = "state.db" };
        var before = FormScript.NewHarness(new SqliteStorage(options));
        var waiting = await FormScript.AnswerFirstAsync(before, "bonjour", FormScript.FrenchAnswers, 3);
        Assert.StartsWith("Q4", waiting.Last.Text);

        // The entries as they were stored before 2026-12-06: the answers they received and the whole values before them.
        await RewriteHistoryAsync(options, before.ConversationStateKey, JArray.Parse("""
            [
              {"step":0,"result":null,"values":{}},
              {"step":1,"result":"Marie","values":{}},
              {"step":2,"result":4,"values":{"name":"Marie"}},
              {"step":3,"result":"marie@exemple.fr","values":{"name":"Marie","party":4}}
            ]
            """));
        var after = FormScript.NewHarness(new SqliteStorage(options));

        // Back at the e-mail question, the step sets the party from the answer it received again; the name comes
        // only from the values the entry kept.
        var back = await after.SendAsync("retour");
        Replies replies = back;
        foreach (var answer in FormScript.FrenchAnswers[2..])
        {
            replies = await after.SendAsync(answer);
        }

        Assert.StartsWith("Q3", back.Last.Text);
        Assert.Contains($"FORM DONE {FormScript.FrenchSummary}", replies.Text);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task RewriteHistoryAsync(SqliteStorageOptions options, string key, JArray history)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(options.DataDirectory, options.FileName)};Pooling=False");
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT document FROM bot_state WHERE key = @key;";
        read.Parameters.AddWithValue("@key", key);
        var document = JObject.Parse((string)(await read.ExecuteScalarAsync())!);
        var form = document.SelectTokens("$..dialogStack[?(@.id == 'TestFormSteps')]").Single();
        form["state"]!["history"] = history;
        await using var write = connection.CreateCommand();
        write.CommandText = "UPDATE bot_state SET document = @document WHERE key = @key;";
        write.Parameters.AddWithValue("@document", document.ToString(Formatting.None));
        write.Parameters.AddWithValue("@key", key);
        Assert.Equal(1, await write.ExecuteNonQueryAsync());
    }
}
