using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>/v3/directline over real HTTP on loopback, as Web Chat (webSocket: false) or directlinejs call it.</summary>
public sealed class DirectLineEndpointsTests : IClassFixture<DirectLineEndpointsTests.Fixture>
{
    private const string Secret = "test-secret-0123456789abcdef";

    private readonly HttpClient _client;

    public DirectLineEndpointsTests(Fixture fixture)
    {
        _client = fixture.Factory.CreateClient();
    }

    [Fact]
    public async Task Conversation_TokenMessagesAndWatermarks_FollowTheDirectLineContract()
    {
        var generated = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var tokenBody = JObject.Parse(await generated.Content.ReadAsStringAsync());
        var token = tokenBody.Value<string>("token")!;
        var conversationId = tokenBody.Value<string>("conversationId")!;
        Assert.Equal(1800, tokenBody.Value<int>("expires_in"));

        var started = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(conversationId, JObject.Parse(await started.Content.ReadAsStringAsync()).Value<string>("conversationId"));

        // Starting the conversation tells the bot the visitor joined: its greeting is waiting before anything is said.
        var opening = await GetActivitiesAsync(conversationId, token, null);
        var greeting = (JArray)opening["activities"]!;
        Assert.Contains(greeting, a => a.Value<string>("text")?.StartsWith("Bonjour, je suis l'assistant de Maison Tasse", StringComparison.Ordinal) == true);
        Assert.All(greeting, a => Assert.Equal("bot", a["from"]!.Value<string>("role")));
        Assert.Equal((greeting.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), opening.Value<string>("watermark"));

        var posted = await PostMessageAsync(conversationId, token, "bonjour");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal($"{conversationId}|{greeting.Count:D7}", JObject.Parse(await posted.Content.ReadAsStringAsync()).Value<string>("id"));

        var first = await GetActivitiesAsync(conversationId, token, opening.Value<string>("watermark"));
        var firstActivities = (JArray)first["activities"]!;
        Assert.Equal("bonjour", firstActivities[0].Value<string>("text"));
        // The client said "user-1", but without a user bound in the token the server chooses the id.
        Assert.StartsWith("dl_", firstActivities[0]["from"]!.Value<string>("id"));
        Assert.Equal("directline", firstActivities[0].Value<string>("channelId"));
        Assert.Equal(conversationId, firstActivities[0]["conversation"]!.Value<string>("id"));
        Assert.StartsWith("http://127.0.0.1:", firstActivities[0].Value<string>("serviceUrl"));
        Assert.NotNull(firstActivities[0]["timestamp"]);
        Assert.True(firstActivities.Count >= 2);
        Assert.All(firstActivities.Skip(1), a => Assert.Equal("bot", a["from"]!.Value<string>("role")));
        Assert.Equal((greeting.Count + firstActivities.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), first.Value<string>("watermark"));

        await PostMessageAsync(conversationId, token, "Réserver une table");
        var second = await GetActivitiesAsync(conversationId, token, first.Value<string>("watermark"));
        var secondActivities = (JArray)second["activities"]!;
        Assert.Equal("Réserver une table", secondActivities[0].Value<string>("text"));
        Assert.True(secondActivities.Count >= 2);
        Assert.DoesNotContain(secondActivities, a => a.Value<string>("text") == "bonjour");
        Assert.Equal($"{conversationId}|{greeting.Count + firstActivities.Count:D7}", secondActivities[0].Value<string>("id"));

        var nothingNew = await GetActivitiesAsync(conversationId, token, second.Value<string>("watermark"));
        Assert.Empty((JArray)nothingNew["activities"]!);
        Assert.Equal(second.Value<string>("watermark"), nothingNew.Value<string>("watermark"));
    }

    [Fact]
    public async Task StartConversation_WithTheSecret_ReturnsANewConversationAndItsToken()
    {
        var (conversationId, token) = await StartAsync();

        var refreshed = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = JObject.Parse(await refreshed.Content.ReadAsStringAsync());
        Assert.Equal(conversationId, body.Value<string>("conversationId"));
        Assert.Equal(HttpStatusCode.OK, (await PostMessageAsync(conversationId, body.Value<string>("token")!, "hello")).StatusCode);
    }

    [Fact]
    public async Task MissingAuthorization_Gets401()
    {
        var (conversationId, _) = await StartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", null)).StatusCode);
    }

    [Fact]
    public async Task ForgedToken_Gets403()
    {
        var (conversationId, token) = await StartAsync();
        var forger = new DirectLineTokenService(Options.Create(new DirectLineOptions { Secret = "another-secret-0123456789" }), TimeProvider.System);
        var forged = forger.Issue(conversationId).Token;
        var tampered = token[..^2] + (token[^2] == 'A' ? "BB" : "AA");

        Assert.Equal(HttpStatusCode.Forbidden, (await PostMessageAsync(conversationId, forged, "bonjour")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostMessageAsync(conversationId, tampered, "bonjour")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostMessageAsync(conversationId, "not-a-token", "bonjour")).StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_Gets403SayingSo()
    {
        var (conversationId, _) = await StartAsync();
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var expired = new DirectLineTokenService(Options.Create(new DirectLineOptions { Secret = Secret }), past).Issue(conversationId).Token;

        var response = await PostMessageAsync(conversationId, expired, "bonjour");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", expired)).StatusCode);
    }

    [Fact]
    public async Task TokenOfConversationA_OnConversationB_Gets403()
    {
        var (_, tokenA) = await StartAsync();
        var (conversationB, _) = await StartAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await PostMessageAsync(conversationB, tokenA, "bonjour")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationB}/activities", tokenA)).StatusCode);
    }

    [Fact]
    public async Task TokenCannotGenerateTokens()
    {
        var (_, token) = await StartAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token)).StatusCode);
    }

    [Fact]
    public async Task UnknownConversation_Gets404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await PostMessageAsync("dl-unknown", Secret, "bonjour")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/v3/directline/conversations/dl-unknown/activities", Secret)).StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task BadWatermark_Gets400(string watermark)
    {
        var (conversationId, token) = await StartAsync();

        var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"text\":\"hi\",\"attachments\":[{\"contentType\":\"image/png\",\"contentUrl\":\"http://x/y.png\"}]}", "Attachments")]
    [InlineData("{\"type\":\"event\",\"name\":\"x\"}", "message")]
    [InlineData("{\"type\":\"message\"}", "text or a value")]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1]", "JSON object")]
    [InlineData("{\"type\":\"message\",\"text\":{\"a\":1}}", "text must be a string")]
    public async Task BadActivity_Gets400NamingTheProblem(string body, string problem)
    {
        var (conversationId, token) = await StartAsync();

        var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HugeActivity_Gets413()
    {
        var (conversationId, token) = await StartAsync();

        var response = await PostMessageAsync(conversationId, token, new string('a', 300 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task CardSubmitValue_RunsTheBot()
    {
        var (conversationId, token) = await StartAsync();
        var body = new JObject { ["type"] = "message", ["from"] = new JObject { ["id"] = "user-2" }, ["value"] = new JObject { ["action"] = "menu" } };

        var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = (JArray)(await GetActivitiesAsync(conversationId, token, null))["activities"]!;
        Assert.True(activities.Count >= 2);
    }

    [Fact]
    public async Task ClientChosenUserId_IsNotTrusted_SoNobodyCanActAsAnotherCustomer()
    {
        var (conversationId, token) = await StartAsync();
        await PostMessageAsync(conversationId, token, "bonjour");
        var body = new JObject { ["type"] = "message", ["from"] = new JObject { ["id"] = "victim" }, ["text"] = "mes réservations" };

        var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null);
        var posted = JObject.Parse(await activities.Content.ReadAsStringAsync())["activities"]!
            .Where(a => a.Value<string>("text") == "mes réservations").Single();
        Assert.NotEqual("victim", posted["from"]!.Value<string>("id"));
    }

    // Changed behaviour: without a configured secret the endpoint used to answer 503. Now the bot makes up a random
    // secret so its own chat page works out of the box, and tokens/generate stays closed to everyone.
    [Fact]
    public async Task WithoutASecret_GenerateIsClosedToEveryone_ButTheChatPageWorks()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var generate = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "anything-at-all-0123456789") } });
        var empty = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", string.Empty.PadRight(1)) } });
        var page = await client.PostAsync("/api/webchat/token", new StringContent("{\"locale\":\"en-US\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, generate.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = JObject.Parse(await page.Content.ReadAsStringAsync()).Value<string>("token")!;
        var started = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }

    private async Task<(string ConversationId, string Token)> StartAsync()
    {
        var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", Secret);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return (body.Value<string>("conversationId")!, body.Value<string>("token")!);
    }

    private Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text)
    {
        var body = new JObject { ["type"] = "message", ["from"] = new JObject { ["id"] = "user-1" }, ["text"] = text, ["locale"] = "fr-FR" };
        return SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body.ToString());
    }

    private async Task<JObject> GetActivitiesAsync(string conversationId, string token, string? watermark)
    {
        var url = $"/v3/directline/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : $"?watermark={watermark}");
        var response = await SendAsync(HttpMethod.Get, url, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? bearer, string? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return _client.SendAsync(request);
    }

    public sealed class Fixture : IDisposable
    {
        public BotApplicationFactory Factory { get; } = new(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });

        public void Dispose() => Factory.Dispose();
    }
}
