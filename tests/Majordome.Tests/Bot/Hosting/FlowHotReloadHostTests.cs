using System.Diagnostics;
using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>The real host over HTTP on loopback: a flow file written into its content folder while it runs is live within seconds.</summary>
public sealed class FlowHotReloadHostTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-hot-reload-tests", Guid.NewGuid().ToString("N"));

    public FlowHotReloadHostTests()
    {
        Directory.CreateDirectory(Path.Combine(_brand, "flows"));
        foreach (var file in Directory.GetFiles(RepositoryRoot.BrandDirectory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_brand, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "gift-finder.yaml"), Path.Combine(_brand, "flows", "gift-finder.yaml"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_brand))
        {
            Directory.Delete(_brand, recursive: true);
        }
    }

    [Fact]
    public async Task NewFlowFile_WrittenWhileTheBotRuns_IsStartedByItsKeywordAndItsPayloadOverHttp()
    {
        using var host = new BotApplicationFactory(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = _brand });
        using var client = host.CreateClient();
        var before = await StartConversationAsync(client, "je veux le quiz");
        Assert.DoesNotContain("Bienvenue au quiz !", before);

        File.WriteAllText(Path.Combine(_brand, "flows", "quiz.yaml"), ReloadFlows.Quiz());

        // Polled: each try is a new conversation that says hello, then the flow's keyword.
        var watch = Stopwatch.StartNew();
        List<string> replies;
        while (!(replies = await StartConversationAsync(client, "je veux le quiz")).Contains("Bienvenue au quiz !"))
        {
            Assert.True(watch.Elapsed < Patience, "the new flow was not live in time; last replies: " + string.Join(" | ", replies));
            await Task.Delay(100);
        }

        var byPayload = await StartConversationAsync(client, null, new JObject { ["payload"] = "QUIZ" });
        Assert.Contains("Votre réponse ?", replies);
        Assert.Contains("Bienvenue au quiz !", byPayload);
    }

    /// <summary>Says hello in a new conversation, then sends <paramref name="text"/> (or <paramref name="value"/>); the bot's texts to the second message.</summary>
    private static async Task<List<string>> StartConversationAsync(HttpClient client, string? text, JObject? value = null)
    {
        var conversation = "hot-reload-" + Guid.NewGuid().ToString("N");
        await SendAsync(client, conversation, "bonjour", null);
        return await SendAsync(client, conversation, text, value);
    }

    private static Task<List<string>> SendAsync(HttpClient client, string conversation, string? text, JObject? value) =>
        ExpectRepliesClient.SendForTextsAsync(client, conversation, text, value);
}
