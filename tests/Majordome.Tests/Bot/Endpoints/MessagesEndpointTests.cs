using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>/api/messages over real HTTP on loopback, as the Emulator or curl would call it.</summary>
public sealed class MessagesEndpointTests : IClassFixture<MessagesEndpointTests.Fixture>
{
    private readonly HttpClient _client;

    public MessagesEndpointTests(Fixture fixture)
    {
        _client = fixture.Factory.CreateClient();
    }

    [Fact]
    public async Task Server_ListensOnLoopback()
    {
        Assert.Equal("127.0.0.1", _client.BaseAddress!.Host);
        Assert.NotEqual(80, _client.BaseAddress.Port);
    }

    [Theory]
    [InlineData("bonjour", "Bonjour, je suis l'assistant de Maison Tasse")]
    [InlineData("hello", "Hello, I'm the Maison Tasse assistant")]
    public async Task ExpectReplies_FirstMessage_ReturnsTheGreetingInTheResponse(string text, string greeting)
    {
        var response = await PostAsync(Activity(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var texts = await ReplyTextsAsync(response);
        Assert.StartsWith(greeting, texts[^1]);
    }

    [Fact]
    public async Task ExpectReplies_ConversationOverSeveralRequests_KeepsItsState()
    {
        var conversation = Guid.NewGuid().ToString();

        await PostAsync(Activity("hello", conversation));
        var switched = await ReplyTextsAsync(await PostAsync(Activity("en français", conversation)));
        var menu = await ReplyTextsAsync(await PostAsync(Activity("3", conversation)));

        Assert.Contains("continuons en français", switched[0]);
        Assert.Contains(menu, t => t.Contains("Dans quelle boutique", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2,3]", "JSON object")]
    [InlineData("{\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "\"type\"")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\"}", "conversation.id")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":42},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\"}", "conversation.id")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"deliveryMode\":\"expectReplies\"}", "channelId")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\"}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\"}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"serviceUrl\":\"file:///etc/passwd\"}", "serviceUrl")]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "from")]
    [InlineData("{\"type\":\"message\",\"from\":{},\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "from.id")]
    [InlineData("{\"type\":\"message\",\"from\":null,\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "from")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"localTimestamp\":\"2026-12-06T10:00:00+14:59\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "localTimestamp")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"timestamp\":\"2026-12-06T10:00:00-15:00\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "timestamp")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"localTimestamp\":42,\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "localTimestamp")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "conversation.id")]
    public async Task MalformedActivity_Gets400NamingTheProblem(string body, string problem)
    {
        var response = await _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HugeActivity_Gets413()
    {
        var activity = Activity(new string('a', 300 * 1024));

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task MalformedActivity_DoesNotBreakTheNextOne()
    {
        await _client.PostAsync("/api/messages", new StringContent("{oops", Encoding.UTF8, "application/json"));

        var response = await PostAsync(Activity("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_WithStorageAnswering_IsHealthy()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static JObject Activity(string text, string? conversation = null) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JObject { ["id"] = "user-1", ["name"] = "Customer" },
        ["recipient"] = new JObject { ["id"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversation ?? Guid.NewGuid().ToString() },
        ["text"] = text,
    };

    private Task<HttpResponseMessage> PostAsync(JObject activity) =>
        _client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

    private static async Task<List<string>> ReplyTextsAsync(HttpResponseMessage response)
    {
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return body["activities"]!.Select(a => a.Value<string>("text")).OfType<string>().ToList();
    }

    public sealed class Fixture : IDisposable
    {
        public BotApplicationFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }
}
