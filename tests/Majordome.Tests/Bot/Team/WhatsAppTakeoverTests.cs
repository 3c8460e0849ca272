using System.Globalization;
using System.Net;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Bot.WhatsApp;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// Live takeover of a WhatsApp conversation over real HTTP: signed webhooks in, the console's endpoints (sign-in,
/// anti-forgery) for the agent, and the fake Cloud API on loopback, which records what is sent and refuses a free-form
/// message outside the 24-hour window as Meta does (131047). Outside it the console tells the agent and sends nothing.
/// </summary>
public sealed class WhatsAppTakeoverTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private readonly string _waId = "3361" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
    private WhatsAppRig _rig = null!;
    private int _accounts;

    public async Task InitializeAsync() => _rig = await WhatsAppRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task CustomerAsksForAPerson_AgentTakesOver_TheyTalkBothWays_AndTheBotResumesAfterTheHandBack()
    {
        await SayAsync("bonjour");
        var asked = await SayAsync("je voudrais parler à un humain");
        Assert.Contains("J'ai bien noté", WhatsAppRig.Texts(asked), StringComparison.Ordinal);
        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == ConversationId);
        Assert.Equal((HandoffStatus.Waiting, "whatsapp", "fr"), (request.Status, request.Channel, request.Language));

        using var agent = await SignedInAgentAsync("Camille");
        using var other = await SignedInAgentAsync("Hugo");
        var queuePage = await agent.Http.GetStringAsync("/team");
        Assert.Contains($"/team/conversations/{request.Id}", queuePage, StringComparison.Ordinal);
        Assert.Contains("WhatsApp", queuePage, StringComparison.Ordinal);
        var token = await agent.TokenFromAsync($"/team/conversations/{request.Id}");
        var sent = _rig.Graph.WhatsAppMessages.Count;
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/take", token, json: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await other.PostAsync($"/team/conversations/{request.Id}/take", await other.TokenFromAsync("/team"), json: true)).StatusCode);
        var announced = Assert.Single(_rig.Graph.WhatsAppMessages.Skip(sent));
        Assert.Equal(("Vous êtes en contact avec Camille de l'équipe.", _waId), ((string?)announced["text"]?["body"], (string?)announced["to"]));

        var lines = await Transcripts.ReadAsync("whatsapp", ConversationId);
        using var live = new ServerSentEvents(agent.Http, $"/team/api/conversations/{request.Id}/events?after={lines[^1].Id}");
        Assert.Empty(await SayAsync("Ma commande 1042 est arrivée cassée"));
        var seen = await live.NextAsync("line");
        Assert.Equal(("customer", "Ma commande 1042 est arrivée cassée"), (seen.Value<string>("author"), seen.Value<string>("text")));

        sent = _rig.Graph.WhatsAppMessages.Count;
        var reply = await agent.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = "Je suis désolée ! Je vous envoie un nouveau colis aujourd'hui." }, json: true);
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        Assert.Equal("Je suis désolée ! Je vous envoie un nouveau colis aujourd'hui.", (string?)Assert.Single(_rig.Graph.WhatsAppMessages.Skip(sent))["text"]?["body"]);
        Assert.Equal(("agent", "Camille"), ((await live.NextAsync("line")).Value<string>("author"), (await Transcripts.ReadAsync("whatsapp", ConversationId))[^1].AuthorName));

        sent = _rig.Graph.WhatsAppMessages.Count;
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/handback", token, json: true)).StatusCode);
        var handedBack = _rig.Graph.WhatsAppMessages.Skip(sent).ToList();
        Assert.Equal("Camille vous laisse avec l'assistant. Merci de votre patience !", (string?)handedBack[0]["text"]?["body"]);
        Assert.Contains("Comment puis-je vous aider", WhatsAppRig.Texts(handedBack), StringComparison.Ordinal);
        Assert.Equal(HandoffStatus.Closed, (await Queue.FindAsync(request.Id))!.Status);

        Assert.NotEmpty(await SayAsync("aide"));
    }

    [Fact]
    public async Task OutsideThe24HourWindow_TheAgentsReplyIsNotSent_AndTheConsoleSaysSo()
    {
        await SayAsync("hello");
        await SayAsync("talk to someone");
        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == ConversationId);
        using var agent = await SignedInAgentAsync("Hugo");
        var token = await agent.TokenFromAsync($"/team/conversations/{request.Id}");
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/take", token, json: true)).StatusCode);

        // A day and more later: Meta would refuse a free-form message (131047); the bot must not even try.
        await CustomerWindow.LastWroteAsync(_rig.Services, "whatsapp", FakeGraphServer.WhatsAppNumberId, _waId, TimeSpan.FromHours(25));
        _rig.Graph.WhatsAppWindowClosed[_waId] = true;
        var calls = _rig.Graph.Calls.Count;
        var late = await agent.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = "Your parcel left this morning." }, json: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("WhatsApp: 24 hours", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(calls, _rig.Graph.Calls.Count);
        Assert.DoesNotContain(await Transcripts.ReadAsync("whatsapp", ConversationId), l => l.Text == "Your parcel left this morning.");

        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/handback", token, json: true)).StatusCode);
        Assert.Equal(calls, _rig.Graph.Calls.Count);
    }

    private string ConversationId => $"{FakeGraphServer.WhatsAppNumberId}-{_waId}";

    private SqlHandoffQueue Queue => _rig.Services.GetRequiredService<SqlHandoffQueue>();

    private SqlTranscriptStore Transcripts => _rig.Services.GetRequiredService<SqlTranscriptStore>();

    private Task<IReadOnlyList<Newtonsoft.Json.Linq.JObject>> SayAsync(string text) => _rig.SayAsync(text, _waId);

    private async Task<TeamConsoleClient> SignedInAgentAsync(string displayName)
    {
        var username = $"agent{Interlocked.Increment(ref _accounts)}";
        await TeamConsoleClient.CreateAccountAsync(_rig.Host, username, displayName, Password);
        var client = TeamConsoleClient.For(_rig.Host);
        await client.SignInOrFailAsync(username, Password);
        return client;
    }
}
