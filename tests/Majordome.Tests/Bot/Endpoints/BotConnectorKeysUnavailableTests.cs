using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Majordome.Tests.Harness;
using Microsoft.IdentityModel.Tokens;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>
/// When the Bot Framework's signing keys cannot be fetched, no token can be checked: that is the bot's trouble, not
/// the caller's, so it answers 503 (the channel retries) with one error line, never a 500 with a stack trace.
/// </summary>
public sealed class BotConnectorKeysUnavailableTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000bb";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "majordome-keys-tests", Guid.NewGuid().ToString("N"));
    private BotProcess? _bot;

    public async Task InitializeAsync()
    {
        // Nothing listens on this port: the metadata fetch is refused at once.
        var closed = $"https://127.0.0.1:{LoopbackPort.Free()}/v1/.well-known/openidconfiguration";
        _bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-password",
            ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.com",
            ["ToBotFromChannelOpenIdMetadataUrl"] = closed,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = closed,
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["Storage:Provider"] = "Memory",
            ["Storage:DataDirectory"] = Path.Combine(_root, "data"),
            ["Understanding:TrainAtStartup"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task SigningKeysUnreachable_Gets503WithOneErrorLine()
    {
        using var client = new HttpClient { BaseAddress = _bot!.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var key = RSA.Create(2048);
        var token = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            "https://api.botframework.com",
            AppId,
            [new Claim("serviceurl", "https://127.0.0.1:1/")],
            DateTime.UtcNow.AddMinutes(-5),
            DateTime.UtcNow.AddMinutes(30),
            new SigningCredentials(new RsaSecurityKey(key) { KeyId = "k" }, SecurityAlgorithms.RsaSha256)));
        var before = _bot.Output.Length;

        var response = await ActivityPosts.PostAsync(client, ActivityPosts.Message("emulator", "customer-42", "https://127.0.0.1:1/"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && !_bot.Output[before..].Contains("/api/messages answered 503", StringComparison.Ordinal))
        {
            await Task.Delay(50);
        }

        var logged = _bot.Output[before..];
        Assert.DoesNotContain("   at ", logged, StringComparison.Ordinal);
        Assert.Single(logged.Split('\n'), l => l.Contains("/api/messages answered 503", StringComparison.Ordinal));
    }
}
