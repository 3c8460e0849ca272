using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team.SignIn;

/// <summary>
/// A person signed in through the brand's provider keeps the console only while the provider still says so: after
/// Team:OpenIdConnect:RecheckAfter the session goes back through the provider, so a role removed there (or a person
/// removed) is refused at the next request instead of at the end of the session. Real bot and fake provider on loopback.
/// </summary>
public sealed class TeamProviderRecheckTests : IAsyncLifetime
{
    // Short, so the test waits for it; a session within it is kept without the provider (TeamOpenIdConnectTests, 15 min).
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(2);
    private FakeOpenIdProvider _provider = null!;
    private BotApplicationFactory _factory = null!;

    [Fact]
    public async Task RoleRemovedAtTheProvider_TheNextRequestAfterTheRecheckTime_IsSentToSignIn_AndTheProviderRefuses()
    {
        _provider.Person = Person("person-noa", "noa@maison-tasse.test", "Noa", "team-agents");
        using var browser = Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/team/signin/oidc")).StatusCode);
        var before = await browser.GetAsync("/team");
        Assert.Equal("/team", before.RequestMessage!.RequestUri!.AbsolutePath);

        // The provider's admin takes Noa out of the team's group.
        _provider.Person = Person("person-noa", "noa@maison-tasse.test", "Noa", "marketing");
        await Task.Delay(RecheckAfter + TimeSpan.FromMilliseconds(500));

        var after = await browser.GetAsync("/team");
        var again = await browser.GetAsync("/team/signin/oidc");

        Assert.Equal("/team/signin", after.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Equal("/team/signin", (await browser.GetAsync("/team")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    public async Task InitializeAsync()
    {
        _provider = await FakeOpenIdProvider.StartAsync("majordome-team", "a-client-secret-only-the-environment-knows");
        _factory = new BotApplicationFactory(new()
        {
            ["Team:OpenIdConnect:Authority"] = _provider.Issuer,
            ["Team:OpenIdConnect:ClientId"] = _provider.ClientId,
            ["Team:OpenIdConnect:ClientSecret"] = _provider.ClientSecret,
            ["Team:OpenIdConnect:RoleClaim"] = "groups",
            ["Team:OpenIdConnect:AgentValues:0"] = "team-agents",
            ["Team:OpenIdConnect:AllowedEmailDomains:0"] = "maison-tasse.test",
            ["Team:OpenIdConnect:RecheckAfter"] = RecheckAfter.ToString(),
        });
        using var probe = _factory.CreateClient();
        _provider.RedirectUri = new Uri(probe.BaseAddress!, "/team/signin-oidc").ToString();
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _provider.DisposeAsync();
    }

    // A browser: its own cookies, following redirects from the bot to the provider and back.
    private HttpClient Browser()
    {
        using var probe = _factory.CreateClient();
        var handler = new SocketsHttpHandler { AllowAutoRedirect = true, UseCookies = true, CookieContainer = new CookieContainer() };
        var browser = new HttpClient(handler) { BaseAddress = probe.BaseAddress };
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(TeamConsoleClient.DefaultLanguage);
        return browser;
    }

    private static JsonObject Person(string sub, string email, string name, params string[] groups) => new()
    {
        ["sub"] = sub,
        ["email"] = email,
        ["email_verified"] = true,
        ["name"] = name,
        ["groups"] = new JsonArray([.. groups.Select(g => (JsonNode)JsonValue.Create(g)!)]),
    };
}
