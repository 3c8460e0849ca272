using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Send;

/// <summary>
/// How many Send API calls a customer's first question costs, counted on the fake Graph server on loopback behind the
/// real host (webhook, inbox, dialogs): each call spends the Page's rate limit, so in a campaign burst the calls per
/// turn decide how many customers are answered a second. A reply that follows at once needs no separate
/// <c>mark_seen</c> (the reply itself shows the customer the message was read), and the answer's texts go in as few
/// messages as Messenger's 2,000-character limit allows.
/// </summary>
public sealed class SendApiCallsPerTurnTests : IAsyncLifetime
{
    private const string AppSecret = "calls-per-turn-app-secret-0123456";
    private FakeGraphServer _graph = null!;
    private BotApplicationFactory _host = null!;
    private HttpClient _client = null!;
    private long _clock = 1_781_190_000_000;
    private int _mid;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _host = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Messenger:AppId"] = "948372615204837",
            ["Messenger:AppSecret"] = AppSecret,
            ["Messenger:VerifyToken"] = "calls-per-turn-verify-token",
            ["Messenger:GraphBaseUrl"] = _graph.BaseUrl.ToString(),
            ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
            ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,

            // A loaded test machine may take longer than the default half second for a first turn: the indicator
            // (and the mark_seen that goes with it) is for replies slower than this, which this test is not about.
            ["Messenger:TypingDelay"] = "00:00:10",
        });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Theory]
    [InlineData("7028345619270001", "combien coûte la livraison ?", "Comment puis-je vous aider ?")]
    [InlineData("7028345619270002", "how much is delivery?", "How can I help you?")]
    public async Task FirstQuestion_AnsweredAtOnce_OneSendApiCall(string psid, string question, string answer)
    {
        // A first message is greeted with the menu (the intent model is not trained in this host): one message.
        var calls = await AskAsync(psid, question);

        // Every call of the turn, so a failure shows what was sent.
        Assert.True(calls.Count == 1, $"{calls.Count} calls:\n" + string.Join("\n", calls.Select(c => c.ToString(Formatting.None))));
        Assert.Null(calls[0]["sender_action"]);
        Assert.Contains(answer, (string?)calls[0]["message"]!["text"], StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<JObject>> AskAsync(string psid, string text)
    {
        var before = _graph.CallsTo("/me/messages").Count;
        var messagingEvent = new JObject
        {
            ["sender"] = new JObject { ["id"] = psid },
            ["recipient"] = new JObject { ["id"] = FakeGraphServer.PageId },
            ["timestamp"] = _clock += 1000,
            ["message"] = new JObject { ["mid"] = $"m_calls_{++_mid}", ["text"] = text },
        };
        var entry = new JObject { ["id"] = FakeGraphServer.PageId, ["time"] = _clock, ["messaging"] = new JArray(messagingEvent) };
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

        return _graph.CallsTo("/me/messages").Skip(before).Select(c => c.Json!).ToList();
    }
}
