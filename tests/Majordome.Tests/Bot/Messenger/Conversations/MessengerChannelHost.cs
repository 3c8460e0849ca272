using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Conversations;

/// <summary>
/// The real host (Program.cs's registrations, SQLite inbox and state, Majordome's dialogs) with the Messenger channel
/// pointed at a fake Graph server on loopback: events are signed and posted over HTTP, and each call waits until the
/// inbox has processed them, returning the Send API messages sent meanwhile.
/// </summary>
internal sealed class MessengerChannelHost : IAsyncDisposable
{
    public const string AppId = "948372615204837";
    public const string Psid = "7028345619274851";
    public const string Igsid = "5500000000000009";
    private const string AppSecret = "conversations-app-secret-0123456789";
    private long _clock = 1_781_190_000_000;
    private int _mid;

    private MessengerChannelHost(FakeGraphServer graph, BotApplicationFactory host)
    {
        Graph = graph;
        Host = host;
        Client = host.CreateClient();
    }

    public FakeGraphServer Graph { get; }

    public BotApplicationFactory Host { get; }

    public HttpClient Client { get; }

    /// <summary>
    /// Starts the host; <paramref name="settings"/> are added to (or replace) the channel's own, and
    /// <paramref name="services"/> adds to the host's services (a test-only composer).
    /// </summary>
    public static async Task<MessengerChannelHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        graph.InstagramRecipients[Igsid] = true;
        var configuration = new Dictionary<string, string?>
        {
            ["Messenger:AppId"] = AppId,
            ["Messenger:AppSecret"] = AppSecret,
            ["Messenger:VerifyToken"] = "conversations-verify-token",
            ["Messenger:GraphBaseUrl"] = graph.BaseUrl.ToString(),
            ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
            ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,
            ["Messenger:Pages:0:InstagramAccountId"] = FakeGraphServer.InstagramAccountId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return new MessengerChannelHost(graph, new BotApplicationFactory(configuration, services));
    }

    public Task<IReadOnlyList<JObject>> SayAsync(string text) => MessageAsync(new JObject { ["text"] = text });

    /// <summary>A customer message on the Page with the given <c>message</c> fields (a mid is added).</summary>
    public Task<IReadOnlyList<JObject>> MessageAsync(JObject message)
    {
        message["mid"] = $"m_conv_{++_mid}";
        return PostAsync("page", FakeGraphServer.PageId, Event(Psid, FakeGraphServer.PageId, "message", message));
    }

    public Task<IReadOnlyList<JObject>> InstagramMessageAsync(JObject message)
    {
        message["mid"] = $"ig_conv_{++_mid}";
        return PostAsync("instagram", FakeGraphServer.InstagramAccountId, Event(Igsid, FakeGraphServer.InstagramAccountId, "message", message));
    }

    public Task<IReadOnlyList<JObject>> TapAsync(string title, string payload) =>
        PostAsync("page", FakeGraphServer.PageId, Event(Psid, FakeGraphServer.PageId, "postback", new JObject { ["mid"] = $"m_tap_{++_mid}", ["title"] = title, ["payload"] = payload }));

    /// <summary>An event of the customer's thread: sender, recipient, a timestamp a second after the last, and its key.</summary>
    public JObject Event(string sender, string recipient, string key, JObject value) => new()
    {
        ["sender"] = new JObject { ["id"] = sender },
        ["recipient"] = new JObject { ["id"] = recipient },
        ["timestamp"] = _clock += 1000,
        [key] = value,
    };

    /// <summary>A customer message on the Page with the given <c>message</c> fields and a mid of its own, not posted.</summary>
    public JObject NewMessage(JObject message)
    {
        message["mid"] = $"m_conv_{++_mid}";
        return Event(Psid, FakeGraphServer.PageId, "message", message);
    }

    /// <summary>Posts signed events in one POST, waits until the inbox has processed them, and returns the messages sent meanwhile.</summary>
    public async Task<IReadOnlyList<JObject>> PostAsync(string @object, string entryId, params JObject[] messagingEvents)
    {
        var before = Graph.SentMessages.Count;
        var entry = new JObject { ["id"] = entryId, ["time"] = _clock, ["messaging"] = new JArray(messagingEvents) };
        var body = Encoding.UTF8.GetBytes(new JObject { ["object"] = @object, ["entry"] = new JArray(entry) }.ToString(Formatting.None));
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, MessengerWebhookEndpoints.Path) { Content = content };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Compute(body, AppSecret));

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inbox = Host.Services.GetRequiredService<MessengerInbox>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await inbox.CountPendingAsync() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the webhook event was not processed within 30 s");
            await Task.Delay(20);
        }

        return Graph.SentMessages.Skip(before).Select(m => (JObject)m["message"]!).ToList();
    }

    public static IReadOnlyList<string?> QuickReplyTitles(JObject message) =>
        ((JArray?)message["quick_replies"] ?? []).Select(q => (string?)q["title"]).ToList();

    public static IReadOnlyList<string> Texts(IEnumerable<JObject> messages) =>
        messages.Select(m => (string?)m["text"] ?? (string?)m["attachment"]?["payload"]?["text"]).OfType<string>().ToList();

    /// <summary>
    /// One Messenger message made of consecutive texts of a turn, as the customer reads it (<c>Messenger:MergeTexts</c>,
    /// on by default): the texts in their order, a blank line between them.
    /// </summary>
    public static string Merged(params string[] texts) => string.Join("\n\n", texts);

    /// <summary>
    /// The texts of <paramref name="messages"/> in order, each merged message split back into the texts it was made of
    /// (for a test about what was said, not about how many messages carried it).
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(IEnumerable<JObject> messages) =>
        Texts(messages).SelectMany(t => t.Split("\n\n")).ToList();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
