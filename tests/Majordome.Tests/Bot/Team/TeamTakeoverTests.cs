using System.Net;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// Live takeover of a Web Chat conversation over real HTTP: the customer asks for a person through Direct Line, the
/// request shows in the console, one agent (of two clicking at once) takes it, the bot goes silent, messages go
/// both ways (the agent's live, by server-sent events), and the hand-back makes the bot say so and offer its menu.
/// </summary>
public sealed class TeamTakeoverTests : IClassFixture<TeamTakeoverTests.Fixture>
{
    private const string Secret = "team-takeover-test-secret-0123456789";
    private const string Password = "correct horse battery";
    private readonly Fixture _fixture;

    public TeamTakeoverTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task CustomerAsksForAPerson_AgentTakesOver_TheyTalkBothWays_AndTheBotResumesAfterTheHandBack()
    {
        var (dl, conversationId) = await StartCustomerAsync();
        await Customer(dl, conversationId, "bonjour");
        var afterRequest = await Customer(dl, conversationId, "je voudrais parler à un humain");
        Assert.Contains(afterRequest.Bot, t => t.Contains("J'ai bien noté", StringComparison.Ordinal));

        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == conversationId);
        Assert.Equal((HandoffStatus.Waiting, "directline", "fr"), (request.Status, request.Channel, request.Language));
        using var agent = await SignedInAgentAsync("Camille");
        var queuePage = await agent.Http.GetStringAsync("/team");
        Assert.Contains($"/team/conversations/{request.Id}", queuePage, StringComparison.Ordinal);
        Assert.Contains("Web Chat", queuePage, StringComparison.Ordinal);
        var conversationPage = await agent.Http.GetStringAsync($"/team/conversations/{request.Id}");
        Assert.Contains("je voudrais parler à un humain", WebUtility.HtmlDecode(conversationPage), StringComparison.Ordinal);
        Assert.Contains("J&#x27;ai bien not", conversationPage, StringComparison.Ordinal);
        var token = TeamConsoleClient.TokenIn(conversationPage);

        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/take", token, json: true)).StatusCode);
        var announced = await BotSaysSinceAsync(dl, conversationId, afterRequest.Watermark);
        Assert.Contains("Vous êtes en contact avec Camille de l'équipe.", announced.Bot);

        using var live = new ServerSentEvents(agent.Http, $"/team/api/conversations/{request.Id}/events?after={await LastLineIdAsync(conversationId)}");
        var held = await Customer(dl, conversationId, "Ma commande 1042 est arrivée cassée");
        Assert.Empty(held.Bot);
        var seen = await live.NextAsync("line");
        Assert.Equal(("customer", "Ma commande 1042 est arrivée cassée"), (seen.Value<string>("author"), seen.Value<string>("text")));

        var reply = await agent.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = "Je suis désolée ! Je vous envoie un nouveau colis aujourd'hui." }, json: true);
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        var agentSaid = await BotSaysSinceAsync(dl, conversationId, held.Watermark);
        Assert.Equal(["Je suis désolée ! Je vous envoie un nouveau colis aujourd'hui."], agentSaid.Bot);
        var own = await live.NextAsync("line");
        Assert.Equal(("agent", "Camille"), (own.Value<string>("author"), own.Value<string>("authorName")));

        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/handback", token, json: true)).StatusCode);
        var handedBack = await BotSaysSinceAsync(dl, conversationId, agentSaid.Watermark);
        Assert.Equal("Camille vous laisse avec l'assistant. Merci de votre patience !", handedBack.Bot[0]);
        Assert.Contains(handedBack.Bot, t => t.Contains("Comment puis-je vous aider", StringComparison.Ordinal));
        Assert.Equal(HandoffStatus.Closed, (await Queue.FindAsync(request.Id))!.Status);

        var resumed = await Customer(dl, conversationId, "aide");
        Assert.NotEmpty(resumed.Bot);
    }

    [Fact]
    public async Task AnEnglishCustomer_IsToldInEnglish_WhoAnswers_AndWhenTheBotIsBack()
    {
        using var agent = await SignedInAgentAsync("Hugo");
        var (dl, conversationId) = await StartCustomerAsync();
        await Customer(dl, conversationId, "hello", "en-US");
        var asked = await Customer(dl, conversationId, "talk to someone", "en-US");
        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == conversationId);
        var token = await agent.TokenFromAsync($"/team/conversations/{request.Id}");

        await agent.PostAsync($"/team/conversations/{request.Id}/take", token, json: true);
        var taken = await BotSaysSinceAsync(dl, conversationId, asked.Watermark);
        await agent.PostAsync($"/team/conversations/{request.Id}/handback", token, json: true);
        var back = await BotSaysSinceAsync(dl, conversationId, taken.Watermark);

        Assert.Equal("en", request.Language);
        Assert.Equal(["You're now talking with Hugo from the team."], taken.Bot);
        Assert.Equal("Hugo has handed you back to the assistant. Thank you for your patience!", back.Bot[0]);
        Assert.Contains(back.Bot, t => t.Contains("How can I help you?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoAgentsTakeTheSameConversationAtOnce_ExactlyOneGetsIt()
    {
        using var first = await SignedInAgentAsync("Camille");
        using var second = await SignedInAgentAsync("Hugo");
        for (var round = 0; round < 3; round++)
        {
            var (dl, conversationId) = await StartCustomerAsync();
            await Customer(dl, conversationId, "humain");
            var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == conversationId);
            var tokens = await Task.WhenAll(first.TokenFromAsync($"/team/conversations/{request.Id}"), second.TokenFromAsync($"/team/conversations/{request.Id}"));

            var answers = await Task.WhenAll(
                first.PostAsync($"/team/conversations/{request.Id}/take", tokens[0], json: true),
                second.PostAsync($"/team/conversations/{request.Id}/take", tokens[1], json: true));

            Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order().ToArray());
            var winner = answers[0].StatusCode == HttpStatusCode.NoContent ? "Camille" : "Hugo";
            Assert.Equal(winner, (await Queue.FindAsync(request.Id))!.AgentName);
            var said = await BotSaysSinceAsync(dl, conversationId, null);
            Assert.Single(said.Bot, t => t.StartsWith("Vous êtes en contact avec", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AnAgentWhoDoesNotHoldTheConversation_CannotWriteInIt_NorHandItBack()
    {
        using var holder = await SignedInAgentAsync("Camille");
        using var other = await SignedInAgentAsync("Hugo");
        var (dl, conversationId) = await StartCustomerAsync();
        await Customer(dl, conversationId, "humain");
        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == conversationId);
        Assert.Equal(HttpStatusCode.NoContent, (await holder.PostAsync($"/team/conversations/{request.Id}/take", await holder.TokenFromAsync("/team"), json: true)).StatusCode);
        var before = await BotSaysSinceAsync(dl, conversationId, null);
        var token = await other.TokenFromAsync("/team");

        var write = await other.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = "hello" }, json: true);
        var handBack = await other.PostAsync($"/team/conversations/{request.Id}/handback", token, json: true);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (write.StatusCode, handBack.StatusCode));
        Assert.Equal(before.Bot, (await BotSaysSinceAsync(dl, conversationId, null)).Bot);
        Assert.Equal(HandoffStatus.Taken, (await Queue.FindAsync(request.Id))!.Status);
    }

    [Fact]
    public async Task AnEmptyOrTooLongReply_IsRefused_AndNothingReachesTheCustomer()
    {
        using var agent = await SignedInAgentAsync("Camille");
        var (dl, conversationId) = await StartCustomerAsync();
        await Customer(dl, conversationId, "humain");
        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == conversationId);
        var token = await agent.TokenFromAsync("/team");
        await agent.PostAsync($"/team/conversations/{request.Id}/take", token, json: true);
        var before = await BotSaysSinceAsync(dl, conversationId, null);

        var empty = await agent.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = "   " }, json: true);
        var tooLong = await agent.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = new string('a', TeamTakeover.MaxMessageLength + 1) }, json: true);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (empty.StatusCode, tooLong.StatusCode));
        Assert.Equal(before.Bot, (await BotSaysSinceAsync(dl, conversationId, null)).Bot);
    }

    [Fact]
    public async Task AGroupBooking_JoinsTheQueue_WithTheNameThePhoneAndTheWishedDate()
    {
        using var agent = await SignedInAgentAsync("Camille");
        var (dl, conversationId) = await StartCustomerAsync();
        await Customer(dl, conversationId, "bonjour");
        await Customer(dl, conversationId, "réserver une table");
        await Customer(dl, conversationId, "Paris");
        await Customer(dl, conversationId, "12");
        await Customer(dl, conversationId, "Marie Dupont");
        await Customer(dl, conversationId, "06 12 34 56 78");
        Assert.DoesNotContain(await Queue.ListOpenAsync(), r => r.ConversationId == conversationId);

        var passed = await Customer(dl, conversationId, "samedi 19 décembre vers 15h");

        Assert.Contains(passed.Bot, t => t.StartsWith("Merci, Marie Dupont !", StringComparison.Ordinal));
        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == conversationId);
        // The clock is the real one: the year is whichever 19 December comes next.
        Assert.Matches("^group booking: 12 people at paris-opera; name: Marie Dupont; phone: \\+33612345678; wished: 20[0-9]{2}-12-19 15:00 \\(\"samedi 19 décembre vers 15h\"\\)$", request.Reason);
        var queuePage = WebUtility.HtmlDecode(await agent.Http.GetStringAsync("/team"));
        Assert.Contains(request.Reason!, queuePage, StringComparison.Ordinal);
    }

    private SqlHandoffQueue Queue => _fixture.Factory.Services.GetRequiredService<SqlHandoffQueue>();

    private async Task<TeamConsoleClient> SignedInAgentAsync(string displayName)
    {
        var username = await _fixture.NewAgentAsync(displayName);
        var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(username, Password);
        return client;
    }

    private async Task<long> LastLineIdAsync(string conversationId) =>
        (await _fixture.Factory.Services.GetRequiredService<SqlTranscriptStore>().ReadAsync("directline", conversationId)).Last().Id;

    private async Task<(DirectLineTestClient Client, string ConversationId)> StartCustomerAsync()
    {
        var dl = new DirectLineTestClient(_fixture.Factory.CreateClient());
        var started = await dl.StartAsync(Secret);
        return (dl, started.Value<string>("conversationId")!);
    }

    /// <summary>The customer sends <paramref name="text"/>; what the bot said in that turn (the turn runs before the POST answers).</summary>
    private static async Task<(IReadOnlyList<string> Bot, string? Watermark)> Customer(DirectLineTestClient dl, string conversationId, string text, string locale = "fr-FR")
    {
        var before = await dl.GetActivitiesAsync(conversationId, Secret);
        var posted = await dl.PostMessageAsync(conversationId, Secret, text, locale);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        return await BotSaysSinceAsync(dl, conversationId, before.Value<string>("watermark"));
    }

    private static async Task<(IReadOnlyList<string> Bot, string? Watermark)> BotSaysSinceAsync(DirectLineTestClient dl, string conversationId, string? watermark)
    {
        var page = await dl.GetActivitiesAsync(conversationId, Secret, watermark);
        var texts = page["activities"]!.Where(a => a.Value<string>("type") == "message" && a["from"]?.Value<string>("role") == "bot")
            .Select(a => a.Value<string>("text") ?? string.Empty).ToList();
        return (texts, page.Value<string>("watermark"));
    }

    public sealed class Fixture : IDisposable
    {
        private int _accounts;

        public BotApplicationFactory Factory { get; } = new(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["Team:LivePollInterval"] = "00:00:00.200" });

        public async Task<string> NewAgentAsync(string displayName)
        {
            var username = $"agent{Interlocked.Increment(ref _accounts)}";
            await TeamConsoleClient.CreateAccountAsync(Factory, username, displayName, Password);
            return username;
        }

        public void Dispose() => Factory.Dispose();
    }
}
