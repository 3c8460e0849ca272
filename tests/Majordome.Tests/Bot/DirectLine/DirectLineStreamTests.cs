using System.Net;
using System.Net.WebSockets;
using Majordome.Bot.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>The Direct Line WebSocket stream and reconnecting to it, over real HTTP and WebSockets on loopback.</summary>
public sealed class DirectLineStreamTests : IClassFixture<DirectLineStreamTests.Fixture>
{
    private const string Secret = "stream-secret-0123456789abcdef";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly DirectLineTestClient _client;

    public DirectLineStreamTests(Fixture fixture)
    {
        _client = new DirectLineTestClient(fixture.Factory.CreateClient());
    }

    [Fact]
    public async Task Start_ReturnsAStreamUrl_WithAStreamToken_NotTheSecret()
    {
        var started = await _client.StartAsync(Secret);

        var streamUrl = new Uri(started.Value<string>("streamUrl")!);

        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal($"/v3/directline/conversations/{started.Value<string>("conversationId")}/stream", streamUrl.AbsolutePath);
        Assert.DoesNotContain(Secret, streamUrl.Query, StringComparison.Ordinal);
        Assert.DoesNotContain(started.Value<string>("token")!, streamUrl.Query, StringComparison.Ordinal);
        Assert.Contains("t=dl1.", streamUrl.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_DeliversTheGreetingThenTheEchoAndTheRepliesAsTheyArrive()
    {
        var started = await _client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);
        using var socket = await DirectLineTestClient.ConnectAsync(started.Value<string>("streamUrl")!);

        var greeting = await DirectLineTestClient.ReceiveUntilAsync(socket, a => a.Count > 0);
        Assert.StartsWith("Bonjour, je suis l'assistant de Maison Tasse", greeting[0].Value<string>("text"), StringComparison.Ordinal);
        Assert.Contains(greeting[0]["suggestedActions"]!["actions"]!, a => a.Value<string>("title") == "Réserver une table");

        var posted = await _client.PostMessageAsync(conversationId, token, "Réserver une table");
        var postedId = JObject.Parse(await posted.Content.ReadAsStringAsync()).Value<string>("id");
        var next = await DirectLineTestClient.ReceiveUntilAsync(socket, a => a.Any(x => x.Value<string>("replyToId") == postedId));

        Assert.Equal(postedId, next[0].Value<string>("id"));
        Assert.Equal("Réserver une table", next[0].Value<string>("text"));
        Assert.All(next.Skip(1), a => Assert.Equal("bot", a["from"]!.Value<string>("role")));
        Assert.All(next, a => Assert.Equal(conversationId, a["conversation"]!.Value<string>("id")));
        await DirectLineTestClient.CloseAsync(socket);
    }

    [Fact]
    public async Task Reconnect_WithTheWatermark_ResumesWithoutLosingOrRepeatingAnything()
    {
        var started = await _client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);
        var tokenStart = await _client.StartAsync(token);
        Assert.Equal(conversationId, tokenStart.Value<string>("conversationId"));

        var seen = new List<JObject>();
        string watermark;
        using (var first = await DirectLineTestClient.ConnectAsync(tokenStart.Value<string>("streamUrl")!))
        {
            seen.AddRange(await DirectLineTestClient.ReceiveUntilAsync(first, a => a.Count > 0));
            watermark = seen[^1].Value<string>("id")!.Split('|')[1].TrimStart('0') is { Length: > 0 } n ? n : "0";
            await DirectLineTestClient.CloseAsync(first);
        }

        // While the client is away, the conversation goes on.
        var posted = await _client.PostMessageAsync(conversationId, token, "Réserver une table");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var postedId = JObject.Parse(await posted.Content.ReadAsStringAsync()).Value<string>("id");

        var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var reconnected = JObject.Parse(await reconnect.Content.ReadAsStringAsync());
        Assert.Equal(token, reconnected.Value<string>("token"));
        using (var second = await DirectLineTestClient.ConnectAsync(reconnected.Value<string>("streamUrl")!))
        {
            var resumed = await DirectLineTestClient.ReceiveUntilAsync(second, a => a.Any(x => x.Value<string>("replyToId") == postedId));
            Assert.Equal(postedId, resumed[0].Value<string>("id"));
            seen.AddRange(resumed);
            await DirectLineTestClient.CloseAsync(second);
        }

        var all = (JArray)(await _client.GetActivitiesAsync(conversationId, token))["activities"]!;
        Assert.Equal(all.Select(a => a.Value<string>("id")), seen.Select(a => a.Value<string>("id")));
    }

    [Fact]
    public async Task ConcurrentConversations_EachStreamGetsOnlyItsOwn()
    {
        var conversations = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _client.StartAsync(Secret)));
        var sockets = await Task.WhenAll(conversations.Select(c => DirectLineTestClient.ConnectAsync(c.Value<string>("streamUrl")!)));
        try
        {
            var posts = await Task.WhenAll(conversations.Select((c, i) =>
                _client.PostMessageAsync(c.Value<string>("conversationId")!, c.Value<string>("token")!, i % 2 == 0 ? "Réserver une table" : "Informations")));
            var postedIds = await Task.WhenAll(posts.Select(async p => JObject.Parse(await p.Content.ReadAsStringAsync()).Value<string>("id")!));

            var received = await Task.WhenAll(sockets.Select((s, i) =>
                DirectLineTestClient.ReceiveUntilAsync(s, a => a.Any(x => x.Value<string>("replyToId") == postedIds[i]))));

            for (var i = 0; i < conversations.Length; i++)
            {
                var conversationId = conversations[i].Value<string>("conversationId");
                Assert.All(received[i], a => Assert.Equal(conversationId, a["conversation"]!.Value<string>("id")));
                Assert.Single(received[i], a => a["from"]!.Value<string>("role") == "user");
            }
        }
        finally
        {
            foreach (var socket in sockets)
            {
                await DirectLineTestClient.CloseAsync(socket);
                socket.Dispose();
            }
        }
    }

    [Fact]
    public async Task StreamUrlOfConversationA_CannotOpenConversationB()
    {
        var a = await _client.StartAsync(Secret);
        var b = await _client.StartAsync(Secret);
        var urlA = a.Value<string>("streamUrl")!;
        var hijack = urlA.Replace(a.Value<string>("conversationId")!, b.Value<string>("conversationId")!, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineTestClient.ConnectAsync(hijack));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.Http.GetAsync(new Uri(hijack.Replace("ws://", "http://", StringComparison.Ordinal)))).StatusCode);
    }

    [Fact]
    public async Task Stream_WithAConversationTokenOrAForgedOrExpiredOne_Gets403()
    {
        var started = await _client.StartAsync(Secret);
        var conversationId = started.Value<string>("conversationId")!;
        var baseUrl = $"/v3/directline/conversations/{conversationId}/stream?t=";
        var expired = new DirectLineTokenService(Options.Create(new DirectLineOptions { Secret = Secret }), new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1))).IssueStreamToken(conversationId, null).Token;
        var forged = new DirectLineTokenService(Options.Create(new DirectLineOptions { Secret = "another-secret-0123456789" }), TimeProvider.System).IssueStreamToken(conversationId, null).Token;

        foreach (var token in new[] { started.Value<string>("token")!, expired, forged, Secret, string.Empty })
        {
            var response = await _client.Http.GetAsync(new Uri(baseUrl + Uri.EscapeDataString(token), UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task StreamToken_IsGoodForNothingButTheStream()
    {
        var started = await _client.StartAsync(Secret);
        var conversationId = started.Value<string>("conversationId")!;
        var streamToken = Uri.UnescapeDataString(new Uri(started.Value<string>("streamUrl")!).Query.Split("t=")[1]);

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostMessageAsync(conversationId, streamToken, "bonjour")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", streamToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", streamToken)).StatusCode);
    }

    [Fact]
    public async Task Stream_AsPlainHttp_Gets400SayingItIsAWebSocket()
    {
        var started = await _client.StartAsync(Secret);
        var url = started.Value<string>("streamUrl")!.Replace("ws://", "http://", StringComparison.Ordinal);

        var response = await _client.Http.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("WebSocket", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("999")]
    public async Task Reconnect_WithABadOrFutureWatermark_Gets400(string watermark)
    {
        var started = await _client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);

        var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        var activities = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);

        Assert.Equal(HttpStatusCode.BadRequest, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, activities.StatusCode);
        Assert.Contains("watermark", await reconnect.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_ToAnotherConversationOrAnUnknownOne_Gets403Or404()
    {
        var a = await _client.StartAsync(Secret);
        var b = await _client.StartAsync(Secret);

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{b.Value<string>("conversationId")}", a.Value<string>("token"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/dl-nobody", Secret)).StatusCode);
    }

    [Fact]
    public async Task Start_GreetsInTheLocaleGiven_Once()
    {
        var started = await _client.StartAsync(Secret, "{\"locale\":\"en-US\",\"user\":{\"id\":\"ignored\"}}");
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);

        // The client starting again (as a page reload with the same token would) does not greet twice.
        var again = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var activities = (JArray)(await _client.GetActivitiesAsync(conversationId, token))["activities"]!;
        Assert.Single(activities, a => a.Value<string>("text")?.StartsWith("Hello, I'm the Maison Tasse assistant", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(activities, a => a.Value<string>("text")?.StartsWith("Bonjour", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Start_WithABadLocale_Gets400()
    {
        var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", Secret, "{\"locale\":\"<script>\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("locale", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_FromAnotherSite_IsAllowed_BecauseCredentialsAreBearerTokens()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://shop.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    public sealed class Fixture : IDisposable
    {
        public BotApplicationFactory Factory { get; } = new(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });

        public void Dispose() => Factory.Dispose();
    }
}
