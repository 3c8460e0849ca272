using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Majordome.Tests.Harness;
using Microsoft.IdentityModel.Tokens;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>
/// Issue 15, items 6 and 9, with credentials: a bot process (MicrosoftAppId set) validates Bot Connector tokens
/// against signing keys served by a loopback fake of login.botframework.com. A token the Bot Connector did not sign
/// is a 401 with one log line; a channel owned by another endpoint is accepted only from the Bot Connector.
/// </summary>
public sealed class BotConnectorTokenTests : IClassFixture<BotConnectorTokenTests.Host>
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";
    private const string Issuer = "https://api.botframework.com";
    private const string ServiceUrl = "https://127.0.0.1:1/";

    private readonly FakeBotConnectorKeys _keys;
    private readonly BotProcess _bot;
    private readonly HttpClient _client;

    public BotConnectorTokenTests(Host host)
    {
        _keys = host.Keys!;
        _bot = host.Bot!;
        _client = host.Client!;
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("directline")]
    public async Task GenuineBotConnectorToken_IsAnswered(string channelId)
    {
        var token = Sign(Claims(), _keys.SigningKey, FakeBotConnectorKeys.KeyId);

        var response = await ActivityPosts.PostAsync(_client, ActivityPosts.Message(channelId, "customer-42", ServiceUrl), "Bearer " + token);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"status {(int)response.StatusCode}\n{_bot.Output}");
        Assert.Contains("Maison Tasse", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad signature")]
    [InlineData("unknown key id")]
    [InlineData("alg none")]
    [InlineData("expired")]
    [InlineData("other audience")]
    [InlineData("other serviceUrl")]
    public async Task ForgedToken_Gets401WithOneLogLineAndNoStackTrace(string forgery)
    {
        using var otherKey = RSA.Create(2048);
        var token = forgery switch
        {
            "bad signature" => Sign(Claims(), otherKey, FakeBotConnectorKeys.KeyId),
            "unknown key id" => Sign(Claims(), otherKey, "some-other-key"),
            "alg none" => Unsigned(Claims()),
            "expired" => Sign(Claims(expires: DateTime.UtcNow.AddHours(-2)), _keys.SigningKey, FakeBotConnectorKeys.KeyId),
            "other audience" => Sign(Claims(audience: "11111111-1111-1111-1111-111111111111"), _keys.SigningKey, FakeBotConnectorKeys.KeyId),
            _ => Sign(Claims(serviceUrl: "https://attacker.example/"), _keys.SigningKey, FakeBotConnectorKeys.KeyId),
        };
        var before = _bot.Output.Length;

        var response = await ActivityPosts.PostAsync(_client, ActivityPosts.Message("emulator", "customer-42", ServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var logged = await LoggedSinceAsync(before);
        Assert.DoesNotContain("   at ", logged, StringComparison.Ordinal);
        Assert.Single(logged.Split('\n'), l => l.Contains("/api/messages", StringComparison.Ordinal) && l.Contains("401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OwnedChannel_WithoutToken_Gets401()
    {
        var response = await ActivityPosts.PostAsync(_client, ActivityPosts.Message("directline", "customer-42", ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> LoggedSinceAsync(int before)
    {
        // The process's output is read asynchronously: wait for the rejection's line (a stack trace would come first).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && !_bot.Output[before..].Contains("/api/messages with 401", StringComparison.Ordinal))
        {
            await Task.Delay(50);
        }

        return _bot.Output[before..];
    }

    private static List<Claim> Claims(string audience = AppId, string serviceUrl = ServiceUrl, DateTime? expires = null)
    {
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        return
        [
            new Claim("aud", audience),
            new Claim("serviceurl", serviceUrl),
            new Claim("nbf", EpochSeconds(exp.AddHours(-1)), ClaimValueTypes.Integer64),
            new Claim("exp", EpochSeconds(exp), ClaimValueTypes.Integer64),
        ];
    }

    private static string EpochSeconds(DateTime at) => new DateTimeOffset(at).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Sign(List<Claim> claims, RSA key, string keyId)
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
        var header = new JwtHeader(credentials);
        var payload = new JwtPayload(Issuer, null, claims, null, null);
        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(header, payload));
    }

    private static string Unsigned(List<Claim> claims)
    {
        var payload = new JwtPayload(Issuer, null, claims, null, null);
        static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        return Encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + FakeBotConnectorKeys.KeyId + "\"}") + "." + Encode(payload.SerializeToJson()) + ".";
    }

    /// <summary>One bot process with credentials, and the fake Bot Connector keys it trusts, for the whole class.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "majordome-token-tests", Guid.NewGuid().ToString("N"));

        public FakeBotConnectorKeys? Keys { get; private set; }

        public BotProcess? Bot { get; private set; }

        public HttpClient? Client { get; private set; }

        public async Task InitializeAsync()
        {
            Keys = await FakeBotConnectorKeys.StartAsync(_root, ["emulator", "directline", "webchat", "msteams"]);
            Bot = await BotProcess.StartAsync(new Dictionary<string, string>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-a-real-password",
                ["ToBotFromChannelTokenIssuer"] = Issuer,
                ["ToBotFromChannelOpenIdMetadataUrl"] = Keys.MetadataUrl,
                ["ToBotFromEmulatorOpenIdMetadataUrl"] = Keys.MetadataUrl,
                ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
                ["ToChannelFromBotLoginUrl"] = new Uri(Keys.BaseAddress, "login").ToString(),
                ["OAuthUrl"] = new Uri(Keys.BaseAddress, "oauth").ToString(),
                ["Storage:Provider"] = "Memory",
                ["Storage:DataDirectory"] = Path.Combine(_root, "data"),
                ["Understanding:TrainAtStartup"] = "false",

                // The bot process trusts the fake's certificate authority (and only it: it calls nothing else).
                ["SSL_CERT_FILE"] = Keys.AuthorityPemFile,
            });
            Client = new HttpClient { BaseAddress = Bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        }

        public async Task DisposeAsync()
        {
            Client?.Dispose();
            if (Bot is not null)
            {
                await Bot.DisposeAsync();
            }

            if (Keys is not null)
            {
                await Keys.DisposeAsync();
            }

            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }
}
