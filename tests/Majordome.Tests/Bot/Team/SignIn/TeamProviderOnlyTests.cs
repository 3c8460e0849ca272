using System.Net;
using Majordome.Bot.Team;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team.SignIn;

/// <summary>With <c>PasswordSignIn: false</c> the provider's button is the only way in: a right password opens nothing.</summary>
public sealed class TeamProviderOnlyTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private FakeOpenIdProvider _provider = null!;
    private BotApplicationFactory _factory = null!;

    [Fact]
    public async Task SignInPage_HasOnlyTheProvidersButton_AndARightPasswordIsRefused()
    {
        await TeamConsoleClient.CreateAccountAsync(_factory, "camille", "Camille", Password);
        using var client = TeamConsoleClient.For(_factory);

        var page = await client.Http.GetStringAsync("/team/signin");
        var posted = await client.PostAsync("/team/signin", null, new() { ["username"] = "camille", ["password"] = Password });

        Assert.Contains("Sign in with Maison Tasse ID", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"password\"", page, StringComparison.Ordinal);
        // Without a form there is no anti-forgery token either (400); with one, the endpoint itself refuses (403).
        Assert.InRange((int)posted.StatusCode, 400, 403);
        Assert.Equal(0, (await _factory.Services.GetRequiredService<SqlTeamMembers>().FindByUsernameAsync("camille"))!.FailedSignIns);
        var queue = await client.Http.GetAsync("/team");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
    }

    public async Task InitializeAsync()
    {
        _provider = await FakeOpenIdProvider.StartAsync("majordome-team", "a-client-secret-only-the-environment-knows");
        _factory = new BotApplicationFactory(new()
        {
            ["Team:OpenIdConnect:Authority"] = _provider.Issuer,
            ["Team:OpenIdConnect:ClientId"] = _provider.ClientId,
            ["Team:OpenIdConnect:ClientSecret"] = _provider.ClientSecret,
            ["Team:OpenIdConnect:DisplayName"] = "Maison Tasse ID",
            ["Team:OpenIdConnect:PasswordSignIn"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _provider.DisposeAsync();
    }
}
