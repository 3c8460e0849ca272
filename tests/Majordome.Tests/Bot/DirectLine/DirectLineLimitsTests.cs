using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>
/// Rate limits (429 with Retry-After), the text limit and the chat page, on a host with small limits. Each test
/// that counts per IP address connects from a loopback address of its own.
/// </summary>
public sealed class DirectLineLimitsTests : IClassFixture<DirectLineLimitsTests.Fixture>
{
    private const string Secret = "limits-secret-0123456789abcdef";
    private readonly BotApplicationFactory _factory;

    public DirectLineLimitsTests(Fixture fixture)
    {
        _factory = fixture.Factory;
    }

    [Fact]
    public async Task MessagesPerConversation_OverTheLimit_Get429WithRetryAfter()
    {
        var client = new DirectLineTestClient(LoopbackClients.From(_factory, "127.0.0.2"));
        var started = await client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);

        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(conversationId, token, "bonjour")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(conversationId, token, "menu")).StatusCode);
        var third = await client.PostMessageAsync(conversationId, token, "aide");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(third.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);

        // A refreshed token is the same conversation: the limit follows the conversation, not the token string.
        var refreshed = JObject.Parse(await (await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token)).Content.ReadAsStringAsync()).Value<string>("token")!;
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostMessageAsync(conversationId, refreshed, "aide")).StatusCode);

        // Another conversation is not affected.
        var other = await client.StartAsync(Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(other.Value<string>("conversationId")!, other.Value<string>("token")!, "bonjour")).StatusCode);
    }

    [Fact]
    public async Task RequestsPerIp_OverTheLimit_Get429_ButTheSiteServerWithTheSecretIsNotCounted()
    {
        var client = new DirectLineTestClient(LoopbackClients.From(_factory, "127.0.0.3"));
        var started = await client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Fixture.RequestsPerIp + 2; i++)
        {
            statuses.Add((await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Fixture.RequestsPerIp), statuses.Take(Fixture.RequestsPerIp));
        Assert.All(statuses.Skip(Fixture.RequestsPerIp), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", Secret)).StatusCode);

        // Another visitor (address) is not affected.
        var other = new DirectLineTestClient(LoopbackClients.From(_factory, "127.0.0.4"));
        Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token)).StatusCode);
    }

    [Fact]
    public async Task ChatPageTokens_OverTheLimitPerIp_Get429()
    {
        using var http = LoopbackClients.From(_factory, "127.0.0.5");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Fixture.PageTokensPerIp + 1; i++)
        {
            statuses.Add((await http.PostAsync("/api/webchat/token", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
        }

        Assert.All(statuses.Take(Fixture.PageTokensPerIp), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task TextLongerThanTheLimit_Gets413()
    {
        var client = new DirectLineTestClient(LoopbackClients.From(_factory, "127.0.0.6"));
        var started = await client.StartAsync(Secret);

        var response = await client.PostMessageAsync(started.Value<string>("conversationId")!, started.Value<string>("token")!, new string('a', Fixture.MaxTextLength + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"{Fixture.MaxTextLength} characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPageToken_IsBoundToAServerMadeUser_AndGreetsInThePagesLanguage()
    {
        var client = new DirectLineTestClient(LoopbackClients.From(_factory, "127.0.0.7"));
        var minted = await client.Http.PostAsync("/api/webchat/token", new StringContent("{\"locale\":\"en-GB\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, minted.StatusCode);
        Assert.Equal("no-store", minted.Headers.CacheControl!.ToString());
        var token = JObject.Parse(await minted.Content.ReadAsStringAsync()).Value<string>("token")!;

        var started = await client.StartAsync(token);
        var conversationId = started.Value<string>("conversationId")!;
        await client.PostMessageAsync(conversationId, token, "Informations", "en-GB");

        var activities = (JArray)(await client.GetActivitiesAsync(conversationId, token))["activities"]!;
        Assert.StartsWith("Hello, I'm the Maison Tasse assistant", activities[0].Value<string>("text"), StringComparison.Ordinal);
        var user = activities.Single(a => a["from"]!.Value<string>("role") == "user");
        Assert.StartsWith("dl_", user["from"]!.Value<string>("id"), StringComparison.Ordinal);
        Assert.NotEqual("user-1", user["from"]!.Value<string>("id"));
    }

    [Theory]
    [InlineData("/", null, "fr")]
    [InlineData("/chat", null, "fr")]
    [InlineData("/chat?lang=en", null, "en")]
    [InlineData("/", "en-US,en;q=0.9", "en")]
    [InlineData("/", "de-DE,en;q=0.5,fr;q=0.8", "fr")]
    [InlineData("/?lang=fr", "en-US", "fr")]
    public async Task ChatPage_IsInTheVisitorsLanguage_WithTheBrandsSettings(string path, string? acceptLanguage, string expected)
    {
        using var http = LoopbackClients.From(_factory, "127.0.0.8");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"<html lang=\"{expected}\">", html, StringComparison.Ordinal);
        Assert.Contains(expected == "en" ? "\"locale\":\"en-US\"" : "\"locale\":\"fr-FR\"", html, StringComparison.Ordinal);
        Assert.Contains(expected == "en" ? "Connecting" : "Connexion", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"chat-title\">Caf&#xE9; &lt;Test&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"/test-bundle/webchat.js\" integrity=\"{Fixture.BundleIntegrity}\" crossorigin=\"anonymous\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("\"accent\":\"#123abc\"", html, StringComparison.Ordinal);
        Assert.Contains("\"botAvatarInitials\":\"CT\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Test>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedScript_CarriesTheButtonInBothLanguages_AndOpensTheChatPage()
    {
        using var http = LoopbackClients.From(_factory, "127.0.0.8");

        var response = await http.GetAsync(new Uri("/webchat/embed.js", UriKind.Relative));
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Discuter avec Caf\\u00E9 \\u003CTest\\u003E", script, StringComparison.Ordinal);
        Assert.Contains("Chat with Caf\\u00E9 \\u003CTest\\u003E", script, StringComparison.Ordinal);
        Assert.Contains("'/chat?embed=1&lang='", script, StringComparison.Ordinal);
        Assert.DoesNotContain("__STRINGS__", script, StringComparison.Ordinal);
    }

    public sealed class Fixture : IDisposable
    {
        public const int RequestsPerIp = 6;
        public const int PageTokensPerIp = 3;
        public const int MaxTextLength = 50;
        public const string BundleIntegrity = "sha384-dGVzdCBidW5kbGUgaW50ZWdyaXR5IG9mIDQ4IGJ5dGVzIGZvciB0aGUgdGVzdHMhIQ==";

        public BotApplicationFactory Factory { get; } = new(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:MessagesPerConversationPerMinute"] = "2",
            ["DirectLine:RequestsPerIpPerMinute"] = RequestsPerIp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectLine:MaxTextLength"] = MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WebChat:TokensPerIpPerMinute"] = PageTokensPerIp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WebChat:BrandName"] = "Café <Test>",
            ["WebChat:AccentColor"] = "#123abc",
            ["WebChat:BundleUrl"] = "/test-bundle/webchat.js",
            ["WebChat:BundleIntegrity"] = BundleIntegrity,
        });

        public void Dispose() => Factory.Dispose();
    }
}
