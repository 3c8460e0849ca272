using System.Net;
using Majordome.Bot.Team;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// The console speaks the agent's language over real HTTP: the browser's Accept-Language first, the brand's default
/// language without one, and the agent's own choice (the switch in the header, kept in a cookie) above both.
/// </summary>
public sealed class TeamConsoleLanguageTests : IClassFixture<TeamConsoleLanguageTests.Fixture>
{
    private const string Password = "correct horse battery";
    private readonly Fixture _fixture;

    public TeamConsoleLanguageTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task SignInPage_WithAcceptLanguageFrench_IsInFrench()
    {
        using var client = TeamConsoleClient.For(_fixture.Factory, "fr-FR,fr;q=0.9,en;q=0.5");

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/team/signin"));
        var wrong = await client.SignInAsync("nobody", "wrong password 1");

        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Connexion</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Mot de passe", page, StringComparison.Ordinal);
        Assert.Contains(">Se connecter</button>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Nom ou mot de passe incorrect.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_WithAcceptLanguageFrench_IsInFrench()
    {
        await _fixture.EnqueueAsync("en");
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory, "fr-FR");
        await client.SignInOrFailAsync(username, Password);

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/team"));

        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("En attente d’une personne", page, StringComparison.Ordinal);
        Assert.Contains("A demandé une personne", page, StringComparison.Ordinal);
        Assert.Contains("<td>Anglais</td>", page, StringComparison.Ordinal);
        Assert.Contains("Se déconnecter", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting for a person", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign out", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchToEnglish_Sticks_OverTheBrowsersFrench()
    {
        await _fixture.EnqueueAsync("fr");
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory, "fr-FR");
        await client.SignInOrFailAsync(username, Password);
        var french = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/team"));
        Assert.Contains("href=\"/team?lang=en\"", french, StringComparison.Ordinal);

        var switched = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/team?lang=en"));
        var later = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/team"));
        var signIn = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/team/signin"));

        Assert.Contains("Waiting for a person", switched, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", later, StringComparison.Ordinal);
        Assert.Contains("Waiting for a person", later, StringComparison.Ordinal);
        Assert.Contains("<td>French</td>", later, StringComparison.Ordinal);
        Assert.DoesNotContain("En attente d’une personne", later, StringComparison.Ordinal);
        Assert.Contains("Password", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAcceptLanguage_TheBrandsDefaultLanguageIsUsed()
    {
        using var client = TeamConsoleClient.For(_fixture.Factory, acceptLanguage: null);
        using var english = new BotApplicationFactory(new() { ["Conversation:DefaultLanguage"] = "en" });
        using var englishClient = TeamConsoleClient.For(english, acceptLanguage: null);

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/team/signin"));
        var englishPage = WebUtility.HtmlDecode(await englishClient.Http.GetStringAsync("/team/signin"));

        // The repository's brand (Maison Tasse) speaks French by default.
        Assert.Contains("Mot de passe", page, StringComparison.Ordinal);
        Assert.Contains("Password", englishPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationPage_InFrench_ShowsTimesInTheFrenchCulture_AndLabelsTheLiveScript()
    {
        var requestId = await _fixture.EnqueueAsync("fr");
        var username = await _fixture.NewAgentAsync();
        using var client = TeamConsoleClient.For(_fixture.Factory, "fr");
        await client.SignInOrFailAsync(username, Password);

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/team/conversations/{requestId}"));

        Assert.Contains("<dt>Statut</dt>", page, StringComparison.Ordinal);
        Assert.Contains("Prendre cette conversation", page, StringComparison.Ordinal);
        Assert.Contains("data-customer=\"Client\"", page, StringComparison.Ordinal);
        // The month is named in French ("6 déc. 2026 20:49 UTC").
        Assert.Matches(@"<dt>Demandé</dt><dd>\d{1,2} [a-zéû]+\.? \d{4} \d{2}:\d{2} UTC</dd>", page);
    }

    public sealed class Fixture : IDisposable
    {
        private int _accounts;

        public BotApplicationFactory Factory { get; } = new();

        public async Task<string> NewAgentAsync()
        {
            var username = $"langagent{Interlocked.Increment(ref _accounts)}";
            await TeamConsoleClient.CreateAccountAsync(Factory, username, "Camille", Password);
            return username;
        }

        public Task<long> EnqueueAsync(string language) => Factory.Services.GetRequiredService<SqlHandoffQueue>().EnqueueAsync(
            "directline", "dl-" + Guid.NewGuid().ToString("N"), "directline/visitor", null, language, "{\"conversation\":{\"id\":\"x\"}}");

        public void Dispose() => Factory.Dispose();
    }
}
