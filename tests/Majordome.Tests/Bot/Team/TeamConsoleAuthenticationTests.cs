using System.Net;
using Majordome.Bot.Team;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// The team console over real HTTP: nothing under /team without sign-in (every mapped route is tried), every POST
/// needs its anti-forgery token, wrong passwords lock the account, a disabled account loses its session at once.
/// </summary>
public sealed class TeamConsoleAuthenticationTests : IClassFixture<TeamConsoleAuthenticationTests.Fixture>
{
    private const string Password = "correct horse battery";
    private readonly Fixture _fixture;

    public TeamConsoleAuthenticationTests(Fixture fixture) => _fixture = fixture;

    /// <summary>The routes anyone may reach: the sign-in page (GET and POST) and the console's static style and scripts.</summary>
    private static readonly string[] Anonymous = ["GET /team/signin", "POST /team/signin", "GET /team/assets/{name}"];

    [Fact]
    public async Task EveryRouteUnderTeam_WithoutSignIn_IsRefused_AndTheQueueIsUnchanged()
    {
        var requestId = await _fixture.EnqueueAsync();
        var routes = _fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/team", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .Where(r => !Anonymous.Contains($"{r.Method} {r.Pattern}"))
            .ToList();

        // The console's routes as mapped today; a new route is tried here without anyone listing it.
        Assert.True(routes.Count >= 7, $"Only {routes.Count} protected routes found: {string.Join(", ", routes)}");
        using var client = TeamConsoleClient.For(_fixture.Factory);
        var token = await client.TokenFromAsync("/team/signin");
        foreach (var (method, pattern) in routes)
        {
            var path = pattern.Replace("{id:long}", requestId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).TrimEnd('/');
            var request = new HttpRequestMessage(new HttpMethod(method), path.Length == 0 ? "/team" : path);
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["text"] = "hello" });
            }

            var response = await client.Http.SendAsync(request);
            var refused = method == "GET" && !path.StartsWith("/team/api", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/team/signin", StringComparison.Ordinal)
                : response.StatusCode == HttpStatusCode.Unauthorized;
            Assert.True(refused, $"{method} {path} without sign-in answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        var unchanged = await _fixture.Factory.Services.GetRequiredService<SqlHandoffQueue>().FindAsync(requestId);
        Assert.Equal(HandoffStatus.Waiting, unchanged!.Status);
    }

    [Theory]
    [InlineData("/team/conversations/{id}/take")]
    [InlineData("/team/conversations/{id}/messages")]
    [InlineData("/team/conversations/{id}/handback")]
    [InlineData("/team/signout")]
    [InlineData("/team/signin")]
    public async Task Post_WithoutItsAntiforgeryToken_IsRefused_EvenSignedIn(string pattern)
    {
        var requestId = await _fixture.EnqueueAsync();
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(username, Password);
        var path = pattern.Replace("{id}", requestId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var missing = await client.PostAsync(path, null, new() { ["text"] = "hello", ["username"] = username, ["password"] = Password });
        var forged = await client.PostAsync(path, "CfDJ8forged-token", new() { ["text"] = "hello", ["username"] = username, ["password"] = Password });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HandoffStatus.Waiting, (await _fixture.Factory.Services.GetRequiredService<SqlHandoffQueue>().FindAsync(requestId))!.Status);
        // Still signed in: sign-out was refused too.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/team")).StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_RefusesEvenTheRightOne()
    {
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await client.SignInAsync(username, "wrong password " + i)).StatusCode);
        }

        var right = await client.SignInAsync(username, Password);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)429], answers);
        Assert.Equal((HttpStatusCode)429, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/team")).StatusCode);
    }

    [Fact]
    public async Task SignIn_RightPasswordAfterAFewWrongOnes_SignsIn_AndTheCountStartsAgain()
    {
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory);
        for (var i = 0; i < 4; i++)
        {
            await client.SignInAsync(username, "wrong password " + i);
        }

        await client.SignInOrFailAsync(username, Password);

        Assert.Equal(0, (await _fixture.Factory.Services.GetRequiredService<SqlTeamMembers>().FindByUsernameAsync(username))!.FailedSignIns);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/team")).StatusCode);
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsOpenSession()
    {
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(username, Password);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/team")).StatusCode);

        await _fixture.Factory.Services.GetRequiredService<SqlTeamMembers>().SetDisabledAsync(username, disabled: true);

        var after = await client.Http.GetAsync("/team");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync(username, Password)).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/team", "/team")]
    [InlineData("//evil.example/team", "/team")]
    [InlineData("/team/conversations/1", "/team/conversations/1")]
    public async Task SignIn_GoesBackOnlyIntoTheConsole(string returnUrl, string expected)
    {
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory);

        var response = await client.SignInAsync(username, Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ConsolePages_AreNotFramed_NotCached_AndAllowNoInlineScript()
    {
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(username, Password);

        var page = await client.Http.GetAsync("/team");

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    public sealed class Fixture : IDisposable
    {
        private int _accounts;

        public BotApplicationFactory Factory { get; } = new();

        public async Task<string> NewAgentAsync()
        {
            var username = $"agent{Interlocked.Increment(ref _accounts)}";
            await TeamConsoleClient.CreateAccountAsync(Factory, username, "Camille", Password);
            return username;
        }

        /// <summary>A waiting request for a Web Chat conversation that does not exist on this instance.</summary>
        public Task<long> EnqueueAsync() => Factory.Services.GetRequiredService<SqlHandoffQueue>().EnqueueAsync(
            "directline", "dl-" + Guid.NewGuid().ToString("N"), "directline/visitor", null, "fr", "{\"conversation\":{\"id\":\"x\"}}");

        public void Dispose() => Factory.Dispose();
    }
}
