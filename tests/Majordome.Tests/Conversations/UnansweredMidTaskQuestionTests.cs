using System.Net;
using Majordome.Bot.Data;
using Majordome.Tests.Bot;
using Majordome.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Conversations;

/// <summary>
/// A question typed in the middle of a booking that nothing answers is said not to be known, and recorded for the
/// team as the question flow records what it cannot answer (through the production composition, trained recognizer).
/// </summary>
public sealed class UnansweredMidTaskQuestionTests
{
    [Fact]
    public async Task UnknownQuestionAtTheName_IsRecordedForTheTeam()
    {
        using var factory = new BotApplicationFactory(new() { ["Storage:Provider"] = "Sqlite", ["Understanding:TrainAtStartup"] = "true" });
        using var client = factory.CreateClient();
        await WaitUntilReadyAsync(client);
        var conversation = Guid.NewGuid().ToString();
        var first = await ExpectRepliesClient.SendForTextsAsync(client, conversation, "réserver une table à Bordeaux pour 2 le 6 janvier à 15h");
        Assert.Equal("À quel nom dois-je réserver ?", first[^1]);

        var replies = await ExpectRepliesClient.SendForTextsAsync(client, conversation, "vous avez un parking pour les vélos ?");

        // The task keeps its place: "Reprenons", and the name asked again.
        Assert.Contains("Je n'ai pas de réponse sûre à cette question, et je préfère ne pas deviner. Reprenons :", replies);
        Assert.Equal("À quel nom dois-je réserver ?", replies[^1]);
        var unanswered = await factory.Services.GetRequiredService<SqlFeedbackLog>().ReadAsync("unanswered");
        Assert.Contains(unanswered, u => u.Question == "vous avez un parking pour les vélos ?");
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        HttpStatusCode status;
        while ((status = (await client.GetAsync("/readyz")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
