using System.Net;
using Majordome.Tests.Bot.Messenger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>
/// Issue 15, item 6: without a MicrosoftAppId, /api/messages authenticates nobody, so it must neither let a caller
/// claim the customers another endpoint authenticated (Direct Line, Meta webhooks) nor answer callers elsewhere
/// on the network unless the operator says so.
/// </summary>
public sealed class IdentityByEndpointTests
{
    [Theory]
    [InlineData("directline")]
    [InlineData("facebook")]
    [InlineData("instagram")]
    [InlineData("whatsapp")]
    public async Task ChannelOwnedByAnotherEndpoint_WithoutCredentials_Gets403(string channelId)
    {
        using var factory = new BotApplicationFactory();
        var client = factory.CreateClient();

        var response = await ActivityPosts.PostAsync(client, ActivityPosts.Message(channelId, "customer-42", text: "mes réservations"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(channelId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelOfItsOwn_WithoutCredentials_FromLoopback_IsAnswered()
    {
        using var factory = new BotApplicationFactory();
        var client = factory.CreateClient();

        var response = await ActivityPosts.PostAsync(client, ActivityPosts.Message("emulator", "customer-42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Maison Tasse", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoteCaller_WithoutCredentials_Gets403()
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["Urls"] = $"http://{ActivityPosts.NonLoopbackAddress()}:0" });
        var client = factory.CreateClient();

        var response = await ActivityPosts.PostAsync(client, ActivityPosts.Message("emulator", "customer-42"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("MicrosoftAppId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoteCaller_WithoutCredentials_WhenTheOperatorAllowsIt_IsAnswered()
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Urls"] = $"http://{ActivityPosts.NonLoopbackAddress()}:0",
            ["BotFramework:AllowUnauthenticatedRemote"] = "true",
        });
        var client = factory.CreateClient();

        var response = await ActivityPosts.PostAsync(client, ActivityPosts.Message("emulator", "customer-42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ForwardedByAProxy_WithoutCredentials_Gets403()
    {
        // A reverse proxy on the same machine makes every caller look local; the header it adds says otherwise.
        using var factory = new BotApplicationFactory();
        var client = factory.CreateClient();

        var response = await ActivityPosts.PostAsync(client, ActivityPosts.Message("emulator", "customer-42"), forwardedFor: "203.0.113.7");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Startup_WithoutCredentials_SaysTheEndpointAnswersLoopbackOnly()
    {
        var logs = new CapturedLogs();
        using var factory = new BotApplicationFactory(services: s => s.AddSingleton<ILoggerProvider>(logs));
        factory.CreateClient();

        var line = Assert.Single(logs.Lines, l => l.Contains("/api/messages", StringComparison.Ordinal) && l.Contains("MicrosoftAppId", StringComparison.Ordinal));
        Assert.Contains("loopback", line, StringComparison.Ordinal);
        Assert.StartsWith("Warning", line, StringComparison.Ordinal);
    }
}
