using System.Net;
using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Tests.Bot.Team;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// The team's inbox across instances with no affinity: a Web Chat customer talks to instance B only, two agents
/// work on instances A and C. The queue, the takeover, the hold on the conversation and the agent's replies all go
/// through the shared database, so the instance each party happens to reach does not matter.
/// </summary>
public sealed partial class MultiInstanceTests
{
    private const string AgentPassword = "correct horse battery";

    [Fact]
    public async Task Team_CustomerOnB_AgentOnATakesOver_OnlyOneOfTwoAgents_MessagesCrossInstancesBothWays()
    {
        var customer = new DirectLineTestClient(_clients[1]);
        var conversationId = (await customer.StartAsync(DirectLineSecret)).Value<string>("conversationId")!;
        await CustomerSaysAsync(customer, conversationId, "bonjour");
        var asked = await CustomerSaysAsync(customer, conversationId, "je voudrais parler à un humain");
        Assert.Contains(asked.Bot, t => t.Contains("J'ai bien noté", StringComparison.Ordinal));

        var queue = new SqlHandoffQueue(new BusinessDatabase(_database.NewDataSource()), TimeProvider.System);
        var request = (await queue.ListOpenAsync()).Single(r => r.ConversationId == conversationId);
        using var camille = await AgentOnAsync(_clients[0], "Camille");
        using var hugo = await AgentOnAsync(_clients[2], "Hugo");
        var page = $"/team/conversations/{request.Id}";
        var tokens = await Task.WhenAll(camille.TokenFromAsync(page), hugo.TokenFromAsync(page));

        // Both click at once, each on their own instance: one gets it, the other is told it is taken.
        var takes = await Task.WhenAll(camille.PostAsync($"{page}/take", tokens[0], json: true), hugo.PostAsync($"{page}/take", tokens[1], json: true));
        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], takes.Select(t => t.StatusCode).Order().ToArray());
        var (holder, holderToken, holderName, other, otherToken) = takes[0].StatusCode == HttpStatusCode.NoContent
            ? (camille, tokens[0], "Camille", hugo, tokens[1])
            : (hugo, tokens[1], "Hugo", camille, tokens[0]);
        var refused = await other.PostAsync($"{page}/take", otherToken);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Another team member took this conversation first.", await other.Http.GetStringAsync(refused.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var announced = await BotSaysSinceAsync(customer, conversationId, asked.Watermark);
        Assert.Equal([$"Vous êtes en contact avec {holderName} de l'équipe."], announced.Bot);

        // The customer writes on B: the bot there stays silent, and the agent's instance shows the message.
        var held = await CustomerSaysAsync(customer, conversationId, "Ma commande 1042 est arrivée cassée");
        Assert.Empty(held.Bot);
        Assert.Contains("Ma commande 1042 est arrivée cassée", WebUtility.HtmlDecode(await holder.Http.GetStringAsync(page)), StringComparison.Ordinal);

        // The agent answers from their instance: the customer reads it on B.
        Assert.Equal(HttpStatusCode.NoContent, (await holder.PostAsync($"{page}/messages", holderToken, new() { ["text"] = "Je vous envoie un nouveau colis aujourd'hui." }, json: true)).StatusCode);
        var answered = await BotSaysSinceAsync(customer, conversationId, held.Watermark);
        Assert.Equal(["Je vous envoie un nouveau colis aujourd'hui."], answered.Bot);
        Assert.Equal(holderName, (await queue.FindAsync(request.Id))!.AgentName);
    }

    private async Task<TeamConsoleClient> AgentOnAsync(HttpClient instance, string displayName)
    {
        var members = new SqlTeamMembers(new BusinessDatabase(_database.NewDataSource()), TimeProvider.System);
        var username = $"{displayName.ToLowerInvariant()}-{Guid.NewGuid():N}";
        Assert.True(await members.AddAsync(username, displayName, TeamRoles.Agent, new TeamPasswords().Hash(AgentPassword)));
        var agent = TeamConsoleClient.For(instance.BaseAddress!);
        await agent.SignInOrFailAsync(username, AgentPassword);
        return agent;
    }

    private static async Task<(IReadOnlyList<string> Bot, string? Watermark)> CustomerSaysAsync(DirectLineTestClient customer, string conversationId, string text)
    {
        var before = await customer.GetActivitiesAsync(conversationId, DirectLineSecret);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostMessageAsync(conversationId, DirectLineSecret, text)).StatusCode);
        return await BotSaysSinceAsync(customer, conversationId, before.Value<string>("watermark"));
    }

    private static async Task<(IReadOnlyList<string> Bot, string? Watermark)> BotSaysSinceAsync(DirectLineTestClient customer, string conversationId, string? watermark)
    {
        var page = await customer.GetActivitiesAsync(conversationId, DirectLineSecret, watermark);
        var texts = page["activities"]!.Where(a => a.Value<string>("type") == "message" && a["from"]?.Value<string>("role") == "bot")
            .Select(a => a.Value<string>("text") ?? string.Empty).ToList();
        return (texts, page.Value<string>("watermark"));
    }
}
