using System.Net;
using System.Text.RegularExpressions;
using Majordome.Bot.Team;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team;

/// <summary>A browser-like client of the team console: real HTTP, its own cookies, redirects not followed.</summary>
public sealed partial class TeamConsoleClient : IDisposable
{
    private TeamConsoleClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    /// <summary>
    /// A client of <paramref name="factory"/>'s console. Like a browser it sends an Accept-Language (English unless
    /// told: the console's pages follow it, and the brand's default, French, only without one); null sends none.
    /// </summary>
    public static TeamConsoleClient For(BotApplicationFactory factory, string? acceptLanguage = DefaultLanguage)
    {
        using var probe = factory.CreateClient();
        return For(probe.BaseAddress!, acceptLanguage);
    }

    /// <summary>A client of the console of the instance at <paramref name="baseAddress"/>.</summary>
    public static TeamConsoleClient For(Uri baseAddress, string? acceptLanguage = DefaultLanguage)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var http = new HttpClient(handler) { BaseAddress = baseAddress };
        if (acceptLanguage is not null)
        {
            http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return new(http);
    }

    /// <summary>The browser language of a client made without saying one.</summary>
    public const string DefaultLanguage = "en-GB,en;q=0.9";

    /// <summary>Creates an account directly in the database (as the CLI does).</summary>
    public static async Task CreateAccountAsync(BotApplicationFactory factory, string username, string displayName, string password, string role = TeamRoles.Agent)
    {
        var hash = factory.Services.GetRequiredService<TeamPasswords>().Hash(password);
        Assert.True(await factory.Services.GetRequiredService<SqlTeamMembers>().AddAsync(username, displayName, role, hash));
    }

    /// <summary>The anti-forgery token of the page at <paramref name="path"/> (GET).</summary>
    public async Task<string> TokenFromAsync(string path)
    {
        var page = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return TokenIn(await page.Content.ReadAsStringAsync());
    }

    public static string TokenIn(string html) =>
        TokenField().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new Xunit.Sdk.XunitException("The page has no anti-forgery token.");

    public async Task<HttpResponseMessage> SignInAsync(string username, string password, string? returnUrl = null)
    {
        var token = await TokenFromAsync("/team/signin");
        return await PostAsync("/team/signin", token, new() { ["username"] = username, ["password"] = password, ["returnUrl"] = returnUrl ?? string.Empty });
    }

    public async Task SignInOrFailAsync(string username, string password)
    {
        var response = await SignInAsync(username, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {username} answered {(int)response.StatusCode}");
    }

    /// <summary>POSTs a form with <paramref name="token"/> (none when null); <paramref name="json"/> asks for status codes instead of redirects.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string? token, Dictionary<string, string>? fields = null, bool json = false)
    {
        var form = new Dictionary<string, string>(fields ?? []);
        if (token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (json)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        return Http.SendAsync(request);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
