using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace Majordome.Tests.Bot.WebChat;

/// <summary>
/// The web channel end to end, with the official clients from npm (tests/web-e2e): botframework-directlinejs
/// under Node, and Web Chat in Debian's Chromium driven by playwright-core. The bot runs on a loopback port; the
/// Web Chat bundle is served from the npm package by a loopback server, since the machines have no internet.
/// </summary>
public sealed class WebEndToEndTests : IClassFixture<WebEndToEndTests.Fixture>
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string InstallHint = "Run `npm ci --prefix tests/web-e2e` from the repository root (Node 20+).";
    private readonly Fixture _fixture;
    private readonly ITestOutputHelper _output;

    public WebEndToEndTests(Fixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    private static string E2eDirectory => Path.Combine(Harness.RepositoryRoot.Path, "tests", "web-e2e");

    [Fact]
    public async Task DirectLineJs_OverTheWebSocketStream_CompletesAShortConversation()
    {
        RequirePackages();

        var (exitCode, output, errors) = await RunNodeAsync("directline-client.js", new() { ["BOT_URL"] = _fixture.BotUrl }, TimeSpan.FromMinutes(2));

        _output.WriteLine(output);
        Assert.True(exitCode == 0, $"directline-client.js failed ({exitCode}):\n{output}\n{errors}");
        Assert.Contains("greeting: Hello, I'm the Maison Tasse assistant", output, StringComparison.Ordinal);
        Assert.Contains("faq: Home delivery costs €4.90", output, StringComparison.Ordinal);
        Assert.Contains("websocket: true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_BooksATableOnTheChatPage_AndTheConfirmationCardIsShown_AndTheEmbedOpensTheChat()
    {
        RequirePackages();
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: install it with `apt-get install -y chromium` (the browser test fails rather than skips without it).");
        Assert.True(Directory.Exists(Path.Combine(E2eDirectory, "node_modules", "playwright-core")), InstallHint);
        var screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "web-e2e");
        var card = Path.Combine(screenshots, "booking-confirmation-card.png");
        if (File.Exists(card))
        {
            File.Delete(card);
        }

        var (exitCode, output, errors) = await RunNodeAsync(
            "browser-booking.js",
            new() { ["CHAT_URL"] = _fixture.BotUrl + "chat?lang=fr", ["SCREENSHOT_DIR"] = screenshots, ["CHROMIUM_PATH"] = ChromiumPath, ["SITE_URL"] = _fixture.SiteUrl },
            TimeSpan.FromMinutes(2));

        _output.WriteLine(output);
        _output.WriteLine($"Screenshot of the confirmation card: {card}");
        Assert.True(exitCode == 0, $"browser-booking.js failed ({exitCode}):\n{output}\n{errors}");
        Assert.Contains("clicked: Réserver une table", output, StringComparison.Ordinal);
        Assert.Contains("clicked: Changer la date", output, StringComparison.Ordinal);
        Assert.Contains("embedded: greeting shown in the panel", output, StringComparison.Ordinal);
        Assert.EndsWith("OK", output.TrimEnd(), StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync(card);
        Assert.True(png.Length > 1000, "The confirmation card's screenshot is empty.");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public async Task Browser_ReturningVisitor_FindsCartAndBookings_PicturesLoad_ButtonsWearTheBrandColour_AndThePageFollowsTheLanguage()
    {
        RequirePackages();
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: install it with `apt-get install -y chromium` (the browser test fails rather than skips without it).");
        var screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "web-e2e");

        var (exitCode, output, errors) = await RunNodeAsync(
            "browser-visitor.js",
            new() { ["CHAT_URL"] = _fixture.BotUrl + "chat?lang=fr", ["ACCENT"] = "#6b3e26", ["SCREENSHOT_DIR"] = screenshots, ["CHROMIUM_PATH"] = ChromiumPath },
            TimeSpan.FromMinutes(4));

        _output.WriteLine(output);
        Assert.True(exitCode == 0, $"browser-visitor.js failed ({exitCode}):\n{output}\n{errors}");
        Assert.Contains("after reload: cart has Arpeggio", output, StringComparison.Ordinal);
        Assert.Matches("after reload: booking MT-[A-Z0-9]+ found", output);
        Assert.Contains("in English: cart has Arpeggio", output, StringComparison.Ordinal);
        Assert.Contains("altered credential: refused (403)", output, StringComparison.Ordinal);
        Assert.Matches("card buttons: [0-9]+ in rgb\\(107, 62, 38\\)", output);
        Assert.Matches("images loaded: [1-9]", output);
        Assert.EndsWith("OK", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_ASiteNotListed_CannotFrameTheChatPage()
    {
        RequirePackages();
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}.");

        var (exitCode, output, errors) = await RunNodeAsync(
            "browser-framing.js",
            new() { ["ALLOWED_SITE_URL"] = _fixture.SiteUrl, ["OTHER_SITE_URL"] = _fixture.OtherSiteUrl, ["CHROMIUM_PATH"] = ChromiumPath },
            TimeSpan.FromMinutes(2));

        _output.WriteLine(output);
        Assert.True(exitCode == 0, $"browser-framing.js failed ({exitCode}):\n{output}\n{errors}");
        Assert.Contains("allowed site: chat shown in the frame", output, StringComparison.Ordinal);
        Assert.Contains("other site: framing refused", output, StringComparison.Ordinal);
    }

    private static void RequirePackages() =>
        Assert.True(Directory.Exists(Path.Combine(E2eDirectory, "node_modules", "botframework-directlinejs")), $"The web end-to-end packages are not installed in {E2eDirectory}/node_modules. {InstallHint}");

    internal static async Task<(int ExitCode, string Output, string Errors)> RunNodeAsync(string script, Dictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = E2eDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Node is not on PATH ({e.Message}). Install Node 20+, then: {InstallHint}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{script} did not finish within {timeout}:\n{await output}\n{await errors}");
            }

            return (process.ExitCode, await output, await errors);
        }
    }

    /// <summary>The bot, and a loopback server for the Web Chat bundle from the npm package.</summary>
    public sealed class Fixture : IAsyncLifetime, IDisposable
    {
        private WebApplication? _bundleServer;

        public BotApplicationFactory Factory { get; private set; } = null!;

        public string BotUrl { get; private set; } = string.Empty;

        public string SiteUrl { get; private set; } = string.Empty;

        /// <summary>The same page on another origin (localhost instead of 127.0.0.1), which the bot does not list.</summary>
        public string OtherSiteUrl { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            var bundle = Path.Combine(E2eDirectory, "node_modules", "botframework-webchat", "dist", "webchat.js");
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _bundleServer = builder.Build();
            // As the CDN does, the bundle is served to any origin (CORS), which Subresource Integrity needs.
            _bundleServer.MapGet("/webchat.js", (HttpContext http) =>
            {
                http.Response.Headers.AccessControlAllowOrigin = "*";
                return File.Exists(bundle) ? Results.File(bundle, "text/javascript") : Results.NotFound();
            });

            // A brand's page on another origin, with the README's one-line embed.
            _bundleServer.MapGet("/site.html", () => Results.Content(
                $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Shop</title><link rel=\"icon\" href=\"data:,\"></head><body><h1>A brand's site</h1><script src=\"{BotUrl}webchat/embed.js\" defer></script></body></html>",
                "text/html"));
            await _bundleServer.StartAsync();
            var site = new Uri(_bundleServer.Urls.Single());
            SiteUrl = site.GetLeftPart(UriPartial.Authority) + "/site.html";
            OtherSiteUrl = $"http://localhost:{site.Port}/site.html";
            var bundleUrl = site.GetLeftPart(UriPartial.Authority) + "/webchat.js";
            var integrity = File.Exists(bundle) ? "sha384-" + Convert.ToBase64String(SHA384.HashData(await File.ReadAllBytesAsync(bundle))) : null;

            Factory = new BotApplicationFactory(new Dictionary<string, string?>
            {
                ["WebChat:BundleUrl"] = bundleUrl,
                ["WebChat:BundleIntegrity"] = integrity,
                ["WebChat:FrameAncestors:0"] = site.GetLeftPart(UriPartial.Authority),
                ["WebChat:TokensPerIpPerMinute"] = "100",
            });
            using var client = Factory.CreateClient();
            BotUrl = client.BaseAddress!.ToString();
        }

        public async Task DisposeAsync()
        {
            if (_bundleServer is not null)
            {
                await _bundleServer.DisposeAsync();
            }
        }

        public void Dispose() => Factory?.Dispose();
    }
}
