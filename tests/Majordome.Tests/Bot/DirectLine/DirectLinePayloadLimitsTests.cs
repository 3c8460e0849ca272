using System.Net;
using System.Net.WebSockets;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>
/// What a hostile client can make the bot keep (issue 15, item 10) and the stream URLs it is given (item 12),
/// over real HTTP and WebSockets, on a host with small history caps.
/// </summary>
public sealed class DirectLinePayloadLimitsTests : IClassFixture<DirectLinePayloadLimitsTests.Fixture>
{
    private const string Secret = "payload-secret-0123456789abcdef";
    private readonly Fixture _fixture;
    private readonly DirectLineTestClient _client;

    public DirectLinePayloadLimitsTests(Fixture fixture)
    {
        _fixture = fixture;
        _client = new DirectLineTestClient(fixture.Factory.CreateClient());
    }

    [Theory]
    [InlineData("value")]
    [InlineData("channelData")]
    public async Task Payload_LargerThanTheDocumentedLimit_Gets413_AndIsNotKept(string field)
    {
        var started = await _client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);
        var body = new JObject { ["type"] = "message", ["text"] = "too big", [field] = new JObject { ["blob"] = new string('z', Fixture.MaxValueBytes) } };

        var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body.ToString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"{field} is larger than {Fixture.MaxValueBytes} bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var kept = (JArray)(await _client.GetActivitiesAsync(conversationId, token))["activities"]!;
        Assert.DoesNotContain(kept, a => a.Value<string>("text") == "too big");
    }

    [Fact]
    public async Task Payload_WithinTheLimit_IsAccepted()
    {
        var started = await _client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);
        var body = new JObject { ["type"] = "message", ["value"] = new JObject { ["action"] = "menu", ["note"] = new string('z', Fixture.MaxValueBytes / 2) } };

        var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ManyLongMessages_OneGetStaysWithinTheConversationsByteCap()
    {
        var started = await _client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);

        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.PostMessageAsync(conversationId, token, $"{i} " + new string('m', 1500))).StatusCode);
        }

        var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(text.Length, 1, Fixture.MaxHistoryBytes + 1024);
        var activities = (JArray)JObject.Parse(text)["activities"]!;
        Assert.Contains(activities, a => (a.Value<string>("text") ?? string.Empty).StartsWith("29 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StreamUrl_IsBuiltFromTheConfiguredPublicAddress_NotFromTheHostHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new("Bearer", Secret);
        request.Headers.Host = "evil.example";

        var response = await _client.Http.SendAsync(request);
        var streamUrl = JObject.Parse(await response.Content.ReadAsStringAsync()).Value<string>("streamUrl")!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.DoesNotContain("evil.example", streamUrl, StringComparison.Ordinal);
        Assert.StartsWith("wss://chat.maison-tasse.example/bot/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamUrl_OpensOneSocket_ASecondIsRefused()
    {
        var started = await _client.StartAsync(Secret);
        var local = _fixture.LocalStreamUrl(started.Value<string>("streamUrl")!);
        using var first = await DirectLineTestClient.ConnectAsync(local);
        await DirectLineTestClient.ReceiveUntilAsync(first, a => a.Count > 0);

        using var second = new ClientWebSocket();
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => second.ConnectAsync(new Uri(local), CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, first.State);
        await DirectLineTestClient.CloseAsync(first);

        // Reconnecting asks for a new stream URL, which opens a socket of its own.
        var reconnected = JObject.Parse(await (await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{started.Value<string>("conversationId")}?watermark=0", started.Value<string>("token"))).Content.ReadAsStringAsync());
        using var third = await DirectLineTestClient.ConnectAsync(_fixture.LocalStreamUrl(reconnected.Value<string>("streamUrl")!));
        Assert.Equal(WebSocketState.Open, third.State);
        await DirectLineTestClient.CloseAsync(third);
    }

    [Fact]
    public async Task ProcessTotal_OverTheCap_NewMessagesAndConversationsGet503_WithRetryAfter()
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:MaxHistoryBytes"] = "8192",
            ["DirectLine:MaxTotalHistoryBytes"] = "16384",
        });
        var client = new DirectLineTestClient(factory.CreateClient());

        // Conversations of a few kilobytes each, until the process's total is reached.
        var conversations = new List<(string Id, string Token)>();
        HttpStatusCode last = HttpStatusCode.OK;
        for (var i = 0; i < 20 && last == HttpStatusCode.OK; i++)
        {
            var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", Secret);
            if (start.StatusCode != HttpStatusCode.Created)
            {
                last = start.StatusCode;
                break;
            }

            var started = JObject.Parse(await start.Content.ReadAsStringAsync());
            conversations.Add((started.Value<string>("conversationId")!, started.Value<string>("token")!));
            last = (await client.PostMessageAsync(conversations[^1].Id, conversations[^1].Token, new string('t', 1900))).StatusCode;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, last);
        Assert.InRange(conversations.Count, 2, 10);
        var refused = await client.PostMessageAsync(conversations[0].Id, conversations[0].Token, "bonjour");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", Secret)).StatusCode);
    }

    public sealed class Fixture : IDisposable
    {
        public const int MaxValueBytes = 2048;
        public const int MaxHistoryBytes = 16384;

        public BotApplicationFactory Factory { get; } = new(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:MaxValueBytes"] = MaxValueBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectLine:MaxHistoryBytes"] = MaxHistoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectLine:MessagesPerConversationPerMinute"] = "1000",
            ["Public:BaseUrl"] = "https://chat.maison-tasse.example/bot/",
        });

        /// <summary>The stream URL pointed at the test host (the public address is behind a proxy that does not exist here).</summary>
        public string LocalStreamUrl(string streamUrl)
        {
            using var client = Factory.CreateClient();
            var local = new UriBuilder(new Uri(client.BaseAddress!, new Uri(streamUrl).PathAndQuery.Replace("/bot/", "/", StringComparison.Ordinal))) { Scheme = "ws" };
            return local.Uri.ToString();
        }

        public void Dispose() => Factory.Dispose();
    }
}
