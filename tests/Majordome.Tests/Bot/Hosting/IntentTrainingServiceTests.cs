using System.Text;
using Majordome.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>The recognizer trained by the real host in the background at start-up, then routing over HTTP on loopback.</summary>
public sealed class IntentTrainingServiceTests
{
    private static readonly TimeSpan TrainingTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Startup_TrainsFromTheBrandExamples_ThenASentenceStartsItsFlowOverHttp()
    {
        using var factory = new BotApplicationFactory(new() { ["Understanding:TrainAtStartup"] = "true" });
        var holder = factory.Services.GetRequiredService<IntentModelHolder>();

        var model = await WaitForModelAsync(holder);

        Assert.Contains(Intents.Book, model.IntentIds);
        Assert.Contains(Intents.None, model.IntentIds);
        using var client = factory.CreateClient();
        var replies = await SendAsync(client, "bonjour je voudrais une table pour 2 à Lyon samedi à 15h");
        Assert.Contains("À quel nom dois-je réserver ?", replies);
    }

    [Fact]
    public async Task Startup_MissingExamplesFile_KeepsTheHostUpWithKeywordRouting()
    {
        using var factory = new BotApplicationFactory(new()
        {
            ["Understanding:TrainAtStartup"] = "true",
            ["Understanding:ExamplesFile"] = "no-such-file.yaml",
        });
        using var client = factory.CreateClient();

        var replies = await SendAsync(client, "bonjour");
        var booking = await SendAsync(client, "Réserver une table");

        Assert.Null(factory.Services.GetRequiredService<IntentModelHolder>().Current);
        Assert.Contains(replies, t => t.StartsWith("Bonjour, je suis l'assistant", StringComparison.Ordinal));
        Assert.Contains("Dans quelle boutique souhaitez-vous une table de dégustation ?", booking);
    }

    private static async Task<IntentModel> WaitForModelAsync(IntentModelHolder holder)
    {
        using var timeout = new CancellationTokenSource(TrainingTimeout);
        while (holder.Current is null)
        {
            await Task.Delay(100, timeout.Token);
        }

        return holder.Current;
    }

    private static async Task<List<string>> SendAsync(HttpClient client, string text)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = "webchat",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JObject { ["id"] = "customer-training" },
            ["recipient"] = new JObject { ["id"] = "bot" },
            ["conversation"] = new JObject { ["id"] = "conversation-training" },
            ["text"] = text,
        };
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var activities = JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!;
        return activities.Select(a => a.Value<string>("text")).OfType<string>().ToList();
    }
}
