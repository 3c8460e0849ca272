using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Majordome.Bot.WebChat;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.WebChat;

/// <summary>
/// The chat page's doors (issue 15, item 12): its Content-Security-Policy and frame-ancestors, the Web Chat
/// bundle's Subresource Integrity, and the visitor credential that makes a returning visitor the same customer
/// (issue 14, defect 15) without letting a browser name someone else.
/// </summary>
public sealed partial class ChatPageSecurityTests : IClassFixture<ChatPageSecurityTests.Fixture>
{
    private readonly Fixture _fixture;

    public ChatPageSecurityTests(Fixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task ChatPage_SendsAContentSecurityPolicy_ThatOnlyTheBotAndListedSitesMayFrame()
    {
        using var http = _fixture.Factory.CreateClient();

        var response = await http.GetAsync(new Uri("/chat?lang=en", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'", "https://www.maison-tasse.example"], directives["frame-ancestors"]);
        Assert.Equal(["'self'", "https://cdn.botframework.com"], directives["script-src"]);
        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", string.Join(' ', directives["script-src"]), StringComparison.Ordinal);
        Assert.Contains("'self'", directives["connect-src"]);
    }

    [Fact]
    public async Task ChatPage_LoadsThePinnedWebChatBundle_WithTheIntegrityOfTheNpmPackagesFile()
    {
        var bundle = Path.Combine(Harness.RepositoryRoot.Path, "tests", "web-e2e", "node_modules", "botframework-webchat", "dist", "webchat.js");
        Assert.True(File.Exists(bundle), "Run `npm ci --prefix tests/web-e2e` from the repository root: the test recomputes the bundle's integrity from the npm package.");
        var version = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(bundle)!, "..", "package.json"))).Value<string>("version");
        var expected = "sha384-" + Convert.ToBase64String(SHA384.HashData(await File.ReadAllBytesAsync(bundle)));
        using var http = _fixture.Factory.CreateClient();

        var html = await http.GetStringAsync(new Uri("/chat", UriKind.Relative));

        var script = ScriptElement().Match(html);
        Assert.True(script.Success, html);
        Assert.Equal($"https://cdn.botframework.com/botframework-webchat/{version}/webchat.js", script.Groups["src"].Value);
        Assert.Equal(expected, script.Groups["integrity"].Value);
        Assert.Equal(WebChatOptions.DefaultBundleIntegrity, expected);
        Assert.Contains("crossorigin=\"anonymous\"", script.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitorCredential_BringsBackTheSameCustomer_AndAForgedOneIsRefused()
    {
        using var http = _fixture.Factory.CreateClient();

        var first = await MintAsync(http, "{\"locale\":\"fr-FR\"}");
        var visitor = first.Value<string>("visitor")!;
        var again = await MintAsync(http, new JObject { ["locale"] = "en-US", ["visitor"] = visitor }.ToString());

        Assert.Equal(UserOf(first), UserOf(again));
        Assert.NotEqual(first.Value<string>("conversationId"), again.Value<string>("conversationId"));
        Assert.False(string.IsNullOrEmpty(again.Value<string>("visitor")));

        // A new visitor is someone else.
        Assert.NotEqual(UserOf(first), UserOf(await MintAsync(http, "{}")));

        // The payload names the user: changing it, or signing it with another key, is refused.
        var parts = visitor.Split('.');
        var payload = JObject.Parse(Encoding.UTF8.GetString(FromBase64Url(parts[1])));
        payload["u"] = "dl_someone_else";
        var altered = $"{parts[0]}.{ToBase64Url(Encoding.UTF8.GetBytes(payload.ToString(Newtonsoft.Json.Formatting.None)))}.{parts[2]}";
        foreach (var forged in new[] { altered, "v1.e30.AAAA", "dl_someone_else", visitor + "x" })
        {
            var refused = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), new StringContent(new JObject { ["visitor"] = forged }.ToString(), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("token", JObject.Parse(await refused.Content.ReadAsStringAsync()).Properties().Select(p => p.Name));
        }
    }

    [Fact]
    public async Task VisitorKey_IsKeptInTheDataDirectory_SoVisitorsSurviveARestart()
    {
        using var http = _fixture.Factory.CreateClient();
        var first = await MintAsync(http, "{}");

        using var restarted = new BotApplicationFactory(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _fixture.Factory.DataDirectory, ["DirectLine:Secret"] = Fixture.Secret });
        using var after = restarted.CreateClient();
        var again = await MintAsync(after, new JObject { ["visitor"] = first.Value<string>("visitor") }.ToString());

        Assert.True(File.Exists(Path.Combine(_fixture.Factory.DataDirectory, WebChatVisitorKey.FileName)));
        Assert.Equal(UserOf(first), UserOf(again));
    }

    private static async Task<JObject> MintAsync(HttpClient http, string body)
    {
        var response = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The user id bound into a Direct Line token (its payload is base64url JSON; the signature is checked by the bot).</summary>
    private static string UserOf(JObject minted) =>
        JObject.Parse(Encoding.UTF8.GetString(FromBase64Url(minted.Value<string>("token")!.Split('.')[1]))).Value<string>("u")!;

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<script src=\"(?<src>[^\"]*webchat\\.js)\"(?: integrity=\"(?<integrity>[^\"]*)\")?[^>]*>")]
    private static partial Regex ScriptElement();

    public sealed class Fixture : IDisposable
    {
        public const string Secret = "page-secret-0123456789abcdef";

        public BotApplicationFactory Factory { get; } = new(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["WebChat:FrameAncestors:0"] = "https://www.maison-tasse.example",
            ["WebChat:TokensPerIpPerMinute"] = "100",
        });

        public void Dispose() => Factory.Dispose();
    }
}
