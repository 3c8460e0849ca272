using System.Net;
using Majordome.Bot.Anticipation;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation.BackInStock;

/// <summary>
/// A marketer's notify-when flow on the real host (the production composition, Direct Line over real HTTP, the SQLite
/// business database): the visitor lands on the same waiting list as the shop's "Prévenez-moi", with the words shown.
/// </summary>
public sealed class FlowNotifyWhenEndToEndTests : IDisposable
{
    private const string Secret = "notify-when-e2e-secret-0123456789abcdef";
    private const string Added = "C'est noté : je vous préviendrai dès que Minuit sera de retour en stock.";
    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-notify-when", Guid.NewGuid().ToString("N"));

    public FlowNotifyWhenEndToEndTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryRoot.BrandDirectory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_brand, Path.GetRelativePath(RepositoryRoot.BrandDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.WriteAllText(Path.Combine(_brand, "flows", "restock-alert.yaml"), """
            id: restock-alert
            title: { fr: Alerte de retour en stock, en: Back-in-stock alert }
            triggers:
              payload: RESTOCK_ALERT
            steps:
              - notify-when: { back-in-stock: CAP-MINUIT }
              - say: { fr: Autre chose ?, en: Anything else? }
            """);
    }

    public void Dispose()
    {
        if (Directory.Exists(_brand))
        {
            Directory.Delete(_brand, recursive: true);
        }
    }

    [Fact]
    public async Task NotifyWhenFlow_OnTheRealHost_PutsTheVisitorOnTheShopsWaitingList_WithTheWordsShown()
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = _brand, ["DirectLine:Secret"] = Secret });
        var client = new DirectLineTestClient(factory.CreateClient());
        var started = await client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);

        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(conversationId, token, "RESTOCK_ALERT")).StatusCode);

        var page = await client.GetActivitiesAsync(conversationId, token);
        var said = ((JArray)page["activities"]!).Where(a => a["from"]?.Value<string>("role") == "bot").Select(a => a.Value<string>("text")).ToList();
        Assert.Contains(said, t => t is not null && t.StartsWith(Added, StringComparison.Ordinal));
        var waiter = Assert.Single(await factory.Services.GetRequiredService<SqlStockWaitingList>().ListWaitingAsync("CAP-MINUIT"), w => w.To.ConversationId == conversationId);
        Assert.StartsWith(Added, waiter.Wording, StringComparison.Ordinal);
    }
}
