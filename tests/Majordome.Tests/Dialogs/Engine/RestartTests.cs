using Majordome.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Dialogs.Engine;

/// <summary>A conversation stopped at any step continues at that step after the bot restarts.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-restart-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<int> Steps => new() { 0, 1, 2, 3, 4, 5, 6 };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Restart_OnMemoryJsonStorage_ContinuesAtTheSameStep(int answered)
    {
        var storage = new JsonMemoryStorage();
        await AssertResumesAsync(storage, storage, answered);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Restart_OnSqliteFile_ContinuesAtTheSameStep(int answered)
    {
        var options = new SqliteStorageOptions { DataDirectory = _folder, FileName = $"state-{answered}.db" };
        await AssertResumesAsync(new SqliteStorage(options), new SqliteStorage(options), answered);
    }

    [Fact]
    public async Task Restart_StateIsPlainJson_WithoutTypeNames()
    {
        var storage = new JsonMemoryStorage();
        var harness = FormScript.NewHarness(storage);
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 3);

        var stored = await storage.ReadAsync([harness.ConversationStateKey]);

        var json = Newtonsoft.Json.JsonConvert.SerializeObject(stored[harness.ConversationStateKey]);
        Assert.DoesNotContain("$type", json);
        Assert.Contains("\"dialogStack\"", json);
        Assert.Contains("\"stepIndex\":3", json);
        Assert.Contains("\"email\":\"marie@exemple.fr\"", json);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task AssertResumesAsync(IStorage before, IStorage after, int answered)
    {
        var first = FormScript.NewHarness(before);
        var waiting = await FormScript.AnswerFirstAsync(first, "bonjour", FormScript.FrenchAnswers, answered);
        Assert.StartsWith($"Q{answered + 1}", waiting.Last.Text);

        // A new bot: new dialogs, new state objects, only the storage's content is shared.
        var restarted = FormScript.NewHarness(after);
        Replies replies = waiting;
        for (var i = answered; i < FormScript.FrenchAnswers.Length; i++)
        {
            replies = await restarted.SendAsync(FormScript.FrenchAnswers[i]);
        }

        Assert.Contains($"FORM DONE {FormScript.FrenchSummary}", replies.Text);
    }
}
