using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// Live takeover of a Messenger conversation over real HTTP: signed webhooks in, the console's endpoints (sign-in,
/// anti-forgery) for the agent, and the fake Graph server on loopback, which records the Send API calls and refuses,
/// as Meta does, a response more than 24 hours or a HUMAN_AGENT message more than 7 days after the customer wrote.
/// </summary>
public sealed class MessengerTakeoverTests : IAsyncLifetime
{
    private const string AppId = "948372615204837";
    private const string AppSecret = "team-meta-app-secret-0123456789";
    private const string Password = "correct horse battery";
    private FakeGraphServer _graph = null!;
    private BotApplicationFactory _host = null!;
    private HttpClient _client = null!;
    private readonly string _psid = Random.Shared.NextInt64(1_000_000_000_000_000, 9_000_000_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private long _clock = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 60_000;
    private int _mid;
    private int _accounts;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _host = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Messenger:AppId"] = AppId,
            ["Messenger:AppSecret"] = AppSecret,
            ["Messenger:VerifyToken"] = "team-meta-verify-token",
            ["Messenger:GraphBaseUrl"] = _graph.BaseUrl.ToString(),
            ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
            ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,
            ["Messenger:Pages:0:InstagramAccountId"] = FakeGraphServer.InstagramAccountId,
            ["Team:LivePollInterval"] = "00:00:00.200",
        });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task CustomerAsksForAPerson_AgentTakesOver_TheyTalkBothWays_AndTheBotResumesAfterTheHandBack()
    {
        await SayAsync("bonjour");
        var asked = await SayAsync("je voudrais parler à un conseiller");
        Assert.Contains(asked, m => ((string?)m["text"])?.StartsWith("J'ai bien noté", StringComparison.Ordinal) == true);
        Assert.Empty(_graph.CallsTo("/pass_thread_control"));
        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == ConversationId);
        Assert.Equal((HandoffStatus.Waiting, "facebook", "fr"), (request.Status, request.Channel, request.Language));

        using var agent = await SignedInAgentAsync("Camille");
        using var other = await SignedInAgentAsync("Hugo");
        var queuePage = await agent.Http.GetStringAsync("/team");
        Assert.Contains($"/team/conversations/{request.Id}", queuePage, StringComparison.Ordinal);
        Assert.Contains("Messenger", queuePage, StringComparison.Ordinal);
        var token = await agent.TokenFromAsync($"/team/conversations/{request.Id}");
        var sent = _graph.SentMessages.Count;
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/take", token, json: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await other.PostAsync($"/team/conversations/{request.Id}/take", await other.TokenFromAsync("/team"), json: true)).StatusCode);
        var announced = Assert.Single(_graph.SentMessages.Skip(sent));
        Assert.Equal(("Vous êtes en contact avec Camille de l'équipe.", "RESPONSE", _psid), ((string?)announced["message"]!["text"], (string?)announced["messaging_type"], (string?)announced["recipient"]!["id"]));

        var lines = await Transcripts.ReadAsync("facebook", ConversationId);
        using var live = new ServerSentEvents(agent.Http, $"/team/api/conversations/{request.Id}/events?after={lines[^1].Id}");
        Assert.Empty(await SayAsync("Ma commande 1042 est arrivée cassée"));
        var seen = await live.NextAsync("line");
        Assert.Equal(("customer", "Ma commande 1042 est arrivée cassée"), (seen.Value<string>("author"), seen.Value<string>("text")));

        var reply = await agent.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = "Je suis désolée ! Je vous envoie un nouveau colis aujourd'hui." }, json: true);
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        var agentSaid = _graph.SentMessages[^1];
        Assert.Equal(("Je suis désolée ! Je vous envoie un nouveau colis aujourd'hui.", "RESPONSE"), ((string?)agentSaid["message"]!["text"], (string?)agentSaid["messaging_type"]));
        Assert.Null(agentSaid["tag"]);
        Assert.Equal(("agent", "Camille"), ((await live.NextAsync("line")).Value<string>("author"), (await Transcripts.ReadAsync("facebook", ConversationId))[^1].AuthorName));

        sent = _graph.SentMessages.Count;
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/handback", token, json: true)).StatusCode);
        var handedBack = _graph.SentMessages.Skip(sent).Select(m => (string?)m["message"]!["text"] ?? (string?)m["message"]!["attachment"]?["payload"]?["text"]).ToList();
        Assert.Equal("Camille vous laisse avec l'assistant. Merci de votre patience !", handedBack[0]);
        Assert.Contains(handedBack, t => t?.Contains("Comment puis-je vous aider", StringComparison.Ordinal) == true);
        Assert.Equal(HandoffStatus.Closed, (await Queue.FindAsync(request.Id))!.Status);

        Assert.NotEmpty(await SayAsync("aide"));
    }

    [Fact]
    public async Task AgentReplies_After24Hours_GoWithTheHumanAgentTag_AfterSevenDays_AreNotSentAndTheAgentIsTold()
    {
        await SayAsync("hello");
        await SayAsync("talk to someone");
        var request = (await Queue.ListOpenAsync()).Single(r => r.ConversationId == ConversationId);
        using var agent = await SignedInAgentAsync("Hugo");
        var token = await agent.TokenFromAsync($"/team/conversations/{request.Id}");
        await agent.PostAsync($"/team/conversations/{request.Id}/take", token, json: true);

        await TimePassesAsync(TimeSpan.FromHours(30));
        var late = await agent.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = "Your parcel left this morning." }, json: true);

        Assert.Equal(HttpStatusCode.NoContent, late.StatusCode);
        var tagged = _graph.SentMessages[^1];
        Assert.Equal(("Your parcel left this morning.", "MESSAGE_TAG", "HUMAN_AGENT"), ((string?)tagged["message"]!["text"], (string?)tagged["messaging_type"], (string?)tagged["tag"]));

        await TimePassesAsync(TimeSpan.FromDays(8));
        var calls = _graph.CallsTo("/me/messages").Count;
        var tooLate = await agent.PostAsync($"/team/conversations/{request.Id}/messages", token, new() { ["text"] = "Are you still there?" }, json: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLate.StatusCode);
        Assert.Contains("Not sent", await tooLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(calls, _graph.CallsTo("/me/messages").Count);
        Assert.DoesNotContain(await Transcripts.ReadAsync("facebook", ConversationId), l => l.Text == "Are you still there?");

        // Handed back: nothing may be sent any more, but the bot answers the customer's next message.
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/team/conversations/{request.Id}/handback", token, json: true)).StatusCode);
        Assert.Equal(calls, _graph.CallsTo("/me/messages").Count);
        Assert.NotEmpty(await SayAsync("hello again"));
    }

    private string ConversationId => $"{FakeGraphServer.PageId}-{_psid}";

    private SqlHandoffQueue Queue => _host.Services.GetRequiredService<SqlHandoffQueue>();

    private SqlTranscriptStore Transcripts => _host.Services.GetRequiredService<SqlTranscriptStore>();

    private async Task TimePassesAsync(TimeSpan age)
    {
        await CustomerWindow.LastWroteAsync(_host.Services, "facebook", FakeGraphServer.PageId, _psid, age);
        _graph.MessengerCustomerLastWrote[_psid] = DateTimeOffset.UtcNow - age;
    }

    private async Task<TeamConsoleClient> SignedInAgentAsync(string displayName)
    {
        var username = $"agent{Interlocked.Increment(ref _accounts)}";
        await TeamConsoleClient.CreateAccountAsync(_host, username, displayName, Password);
        var client = TeamConsoleClient.For(_host);
        await client.SignInOrFailAsync(username, Password);
        return client;
    }

    /// <summary>The customer writes <paramref name="text"/> now; the messages the Page sent while the event was processed.</summary>
    private async Task<IReadOnlyList<JObject>> SayAsync(string text)
    {
        var at = _clock += 1000;
        _graph.MessengerCustomerLastWrote[_psid] = DateTimeOffset.FromUnixTimeMilliseconds(at);
        var messaging = new JObject
        {
            ["sender"] = new JObject { ["id"] = _psid },
            ["recipient"] = new JObject { ["id"] = FakeGraphServer.PageId },
            ["timestamp"] = at,
            ["message"] = new JObject { ["mid"] = $"m_team_{++_mid}", ["text"] = text },
        };
        var before = _graph.SentMessages.Count;
        var entry = new JObject { ["id"] = FakeGraphServer.PageId, ["time"] = at, ["messaging"] = new JArray(messaging) };
        var body = Encoding.UTF8.GetBytes(new JObject { ["object"] = "page", ["entry"] = new JArray(entry) }.ToString(Formatting.None));
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, MessengerWebhookEndpoints.Path) { Content = content };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Compute(body, AppSecret));

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
        var inbox = _host.Services.GetRequiredService<MessengerInbox>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await inbox.CountPendingAsync() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the webhook event was not processed within 30 s");
            await Task.Delay(20);
        }

        return _graph.SentMessages.Skip(before).Select(m => (JObject)m["message"]!).ToList();
    }
}
