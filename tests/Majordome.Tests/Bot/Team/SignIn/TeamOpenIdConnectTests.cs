using System.Net;
using System.Text.Json.Nodes;
using Majordome.Bot.Team;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team.SignIn;

/// <summary>
/// Signing in to the team console through an OpenID Connect provider, end to end: the real bot on loopback, a fake
/// provider on loopback that checks what a real one checks (client secret, code, redirect_uri, PKCE), and a client
/// that keeps its cookies and follows the redirects as a browser does. A role claim signs in with the same cookie as
/// a password; no role, a tampered signature or a wrong nonce get a clear page and no session.
/// </summary>
public sealed class TeamOpenIdConnectTests : IClassFixture<TeamOpenIdConnectTests.Fixture>
{
    private readonly Fixture _fixture;

    public TeamOpenIdConnectTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task SignInPage_ShowsTheProvidersButton_InTheBrowsersLanguage()
    {
        using var client = _fixture.Browser();

        var english = await client.GetStringAsync("/team/signin");
        using var french = new HttpRequestMessage(HttpMethod.Get, "/team/signin");
        french.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var frenchPage = await (await client.SendAsync(french)).Content.ReadAsStringAsync();

        Assert.Contains("Sign in with Maison Tasse ID", english, StringComparison.Ordinal);
        Assert.Contains("name=\"password\"", english, StringComparison.Ordinal);
        Assert.Contains("Se connecter avec Maison Tasse ID", frenchPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithTheAgentGroup_MakesAnAgent_SignedInWithTheConsolesCookie()
    {
        var sub = NewSubject();
        _fixture.Provider.Person = Person(sub, "camille.martin@maison-tasse.test", "Camille Martin", "team-agents");
        using var client = _fixture.Browser();
        var redeemed = _fixture.Provider.Redeemed;

        var landing = await client.GetAsync("/team/signin/oidc");

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Equal(redeemed + 1, _fixture.Provider.Redeemed);
        Assert.Empty(_fixture.Provider.Refusals);
        var queue = await client.GetAsync("/team");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Equal("/team", queue.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Camille Martin", await queue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var member = await _fixture.Members.FindByUsernameAsync("camille.martin@maison-tasse.test");
        Assert.NotNull(member);
        Assert.Equal(TeamRoles.Agent, member.Role);
        Assert.Equal("Camille Martin", member.DisplayName);
    }

    [Fact]
    public async Task SignIn_WithTheAdminGroup_MakesAnAdmin_AndTheSamePersonIsFoundAgain()
    {
        var sub = NewSubject();
        _fixture.Provider.Person = Person(sub, "lea@maison-tasse.test", "Léa", "team-agents", "team-admins");
        using (var first = _fixture.Browser())
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/team/signin/oidc")).StatusCode);
        }

        _fixture.Provider.Person = Person(sub, "lea@maison-tasse.test", "Léa Dubois", "team-admins");
        using var second = _fixture.Browser();
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/team/signin/oidc")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/team")).StatusCode);
        var members = (await _fixture.Members.ListAsync()).Where(m => m.Username == "lea@maison-tasse.test").ToList();
        var lea = Assert.Single(members);
        Assert.Equal(TeamRoles.Admin, lea.Role);
        Assert.Equal("Léa Dubois", lea.DisplayName);
    }

    [Fact]
    public async Task SignIn_WithoutAnAgentOrAdminGroup_IsRefusedWithAClearPage_AndNoAccountIsMade()
    {
        _fixture.Provider.Person = Person(NewSubject(), "hugo@maison-tasse.test", "Hugo", "marketing");
        using var client = _fixture.Browser();
        var redeemed = _fixture.Provider.Redeemed;

        var refused = await client.GetAsync("/team/signin/oidc");

        Assert.Equal(redeemed + 1, _fixture.Provider.Redeemed);
        await AssertRefusedAsync(refused, client, HttpStatusCode.Forbidden, "neither the agent nor the admin role", "hugo@maison-tasse.test");
    }

    [Fact]
    public async Task SignIn_FromAnEmailDomainNotAllowed_IsRefused()
    {
        _fixture.Provider.Person = Person(NewSubject(), "intrus@example.test", "Intrus", "team-agents");
        using var client = _fixture.Browser();

        var refused = await client.GetAsync("/team/signin/oidc");

        await AssertRefusedAsync(refused, client, HttpStatusCode.Forbidden, "not one the team console accepts", "intrus@example.test");
    }

    [Fact]
    public async Task SignIn_WithATamperedIdTokenSignature_IsRefused()
    {
        _fixture.Provider.Person = Person(NewSubject(), "mallory@maison-tasse.test", "Mallory", "team-admins");
        _fixture.Provider.TamperNextSignature = true;
        using var client = _fixture.Browser();
        var redeemed = _fixture.Provider.Redeemed;

        var refused = await client.GetAsync("/team/signin/oidc");

        Assert.Equal(redeemed + 1, _fixture.Provider.Redeemed);
        await AssertRefusedAsync(refused, client, HttpStatusCode.Unauthorized, "Signing in with the provider failed", "mallory@maison-tasse.test");
    }

    [Fact]
    public async Task SignIn_WithAnotherNonceInTheIdToken_IsRefused()
    {
        _fixture.Provider.Person = Person(NewSubject(), "replay@maison-tasse.test", "Replay", "team-admins");
        // A token issued for another sign-in (a replayed one): its nonce is well formed but not this browser's.
        _fixture.Provider.NextNonce = $"{DateTime.UtcNow.Ticks}.{Guid.NewGuid():N}";
        using var client = _fixture.Browser();
        var redeemed = _fixture.Provider.Redeemed;

        var refused = await client.GetAsync("/team/signin/oidc");

        Assert.Equal(redeemed + 1, _fixture.Provider.Redeemed);
        await AssertRefusedAsync(refused, client, HttpStatusCode.Unauthorized, "Signing in with the provider failed", "replay@maison-tasse.test");
    }

    [Fact]
    public async Task PasswordAccount_CannotBeTakenOverByAProviderPersonWithTheSameName()
    {
        await _fixture.Members.AddAsync("sam@maison-tasse.test", "Sam (password)", TeamRoles.Admin, "not-a-real-hash");
        _fixture.Provider.Person = Person(NewSubject(), "sam@maison-tasse.test", "Sam", "team-agents");
        using var client = _fixture.Browser();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/team/signin/oidc")).StatusCode);

        var page = await (await client.GetAsync("/team")).Content.ReadAsStringAsync();
        Assert.Contains(">Sam <span class=\"role\">agent</span>", page, StringComparison.Ordinal);
        Assert.Equal("Sam (password)", (await _fixture.Members.FindByUsernameAsync("sam@maison-tasse.test"))!.DisplayName);
    }

    /// <summary>The provider's answer refused with its status and a page saying why; nobody is signed in and no account was made.</summary>
    private async Task AssertRefusedAsync(HttpResponseMessage refused, HttpClient client, HttpStatusCode status, string why, string username)
    {
        Assert.Equal(status, refused.StatusCode);
        Assert.Contains(why, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNotSignedInAsync(client);
        Assert.Null(await _fixture.Members.FindByUsernameAsync(username));
    }

    private static async Task AssertNotSignedInAsync(HttpClient client)
    {
        var queue = await client.GetAsync("/team");
        Assert.Equal("/team/signin", queue.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static string NewSubject() => "person-" + Guid.NewGuid().ToString("N");

    private static JsonObject Person(string sub, string email, string name, params string[] groups) => new()
    {
        ["sub"] = sub,
        ["email"] = email,
        ["email_verified"] = true,
        ["name"] = name,
        ["groups"] = new JsonArray([.. groups.Select(g => (JsonNode)JsonValue.Create(g)!)]),
    };

    public sealed class Fixture : IAsyncLifetime
    {
        private BotApplicationFactory? _factory;

        public FakeOpenIdProvider Provider { get; private set; } = null!;

        public BotApplicationFactory Factory => _factory!;

        public SqlTeamMembers Members => Factory.Services.GetRequiredService<SqlTeamMembers>();

        /// <summary>A browser: its own cookies, following redirects from the bot to the provider and back.</summary>
        public HttpClient Browser()
        {
            using var probe = Factory.CreateClient();
            var handler = new SocketsHttpHandler { AllowAutoRedirect = true, UseCookies = true, CookieContainer = new CookieContainer() };
            var browser = new HttpClient(handler) { BaseAddress = probe.BaseAddress };
            // An English browser: the console follows Accept-Language, and the brand's default (French) without one.
            browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(TeamConsoleClient.DefaultLanguage);
            return browser;
        }

        public async Task InitializeAsync()
        {
            Provider = await FakeOpenIdProvider.StartAsync("majordome-team", "a-client-secret-only-the-environment-knows");
            _factory = new BotApplicationFactory(new()
            {
                ["Team:OpenIdConnect:Authority"] = Provider.Issuer,
                ["Team:OpenIdConnect:ClientId"] = Provider.ClientId,
                ["Team:OpenIdConnect:ClientSecret"] = Provider.ClientSecret,
                ["Team:OpenIdConnect:DisplayName"] = "Maison Tasse ID",
                ["Team:OpenIdConnect:RoleClaim"] = "groups",
                ["Team:OpenIdConnect:AgentValues:0"] = "team-agents",
                ["Team:OpenIdConnect:AdminValues:0"] = "team-admins",
                ["Team:OpenIdConnect:AllowedEmailDomains:0"] = "maison-tasse.test",
            });
            using var probe = Factory.CreateClient();
            Provider.RedirectUri = new Uri(probe.BaseAddress!, "/team/signin-oidc").ToString();
        }

        public async Task DisposeAsync()
        {
            _factory?.Dispose();
            await Provider.DisposeAsync();
        }
    }
}
