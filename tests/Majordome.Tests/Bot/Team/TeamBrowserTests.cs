using Majordome.Tests.Bot.WebChat;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// The done-when test of the team's inbox: two browser contexts in Debian's Chromium, a customer in Web Chat and an
/// agent in the console (tests/web-e2e/browser-team-takeover.js). Screenshots land in artifacts/web-e2e.
/// </summary>
public sealed class TeamBrowserTests : IClassFixture<WebEndToEndTests.Fixture>
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string Password = "correct horse battery";
    private readonly WebEndToEndTests.Fixture _fixture;
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public TeamBrowserTests(WebEndToEndTests.Fixture fixture, Xunit.Abstractions.ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Browser_CustomerAsksForAPerson_AgentTakesOver_TheyTalk_AndTheBotResumesAfterTheHandBack()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: install it with `apt-get install -y chromium`.");
        await TeamConsoleClient.CreateAccountAsync(_fixture.Factory, "camille", "Camille", Password);
        var screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "web-e2e");

        var (exitCode, output, errors) = await WebEndToEndTests.RunNodeAsync(
            "browser-team-takeover.js",
            new()
            {
                ["CHAT_URL"] = _fixture.BotUrl + "chat?lang=fr",
                ["TEAM_URL"] = _fixture.BotUrl + "team",
                ["AGENT_USER"] = "camille",
                ["AGENT_PASSWORD"] = Password,
                ["SCREENSHOT_DIR"] = screenshots,
                ["CHROMIUM_PATH"] = ChromiumPath,
            },
            TimeSpan.FromMinutes(3));

        _output.WriteLine(output);
        Assert.True(exitCode == 0, $"browser-team-takeover.js failed ({exitCode}):\n{output}\n{errors}");
        Assert.Contains("agent: queue shows", output, StringComparison.Ordinal);
        Assert.Contains("customer: the bot stayed silent", output, StringComparison.Ordinal);
        Assert.Contains("exchange: both ways", output, StringComparison.Ordinal);
        Assert.Contains("customer: the bot resumed", output, StringComparison.Ordinal);
        Assert.EndsWith("OK", output.TrimEnd(), StringComparison.Ordinal);
    }
}
