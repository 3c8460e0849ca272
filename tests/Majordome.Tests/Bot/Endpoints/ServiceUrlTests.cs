using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>
/// Issue 15, item 7: the serviceUrl is where the bot POSTs its replies. Without credentials nothing vouches for it,
/// so only this machine's addresses are accepted (or replies in the response), and no redirect is ever followed.
/// </summary>
public sealed class ServiceUrlTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _hits = new();
    private WebApplication? _channel;
    private string _channelUrl = "http://127.0.0.1/";
    private string _remoteChannelUrl = "http://192.0.2.1/";

    public async Task InitializeAsync()
    {
        // A channel that redirects every reply to another path of its own, which records any call it gets.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0", $"http://{ActivityPosts.NonLoopbackAddress()}:0");
        builder.Logging.ClearProviders();
        _channel = builder.Build();
        _channel.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", (HttpContext context) =>
        {
            _hits.Enqueue(context.Request.Path.Value!);
            return Results.Redirect("/elsewhere", permanent: false, preserveMethod: true);
        });
        _channel.MapPost("/direct/v3/conversations/{conversation}/activities/{replyTo}", (HttpContext context) =>
        {
            _hits.Enqueue(context.Request.Path.Value!);
            return Results.Json(new { id = "1" });
        });
        _channel.MapPost("/elsewhere", (HttpContext context) =>
        {
            _hits.Enqueue(context.Request.Path.Value!);
            return Results.Json(new { id = "1" });
        });
        await _channel.StartAsync();
        var addresses = _channel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _channelUrl = addresses.First(a => a.Contains("127.0.0.1", StringComparison.Ordinal)) + "/";
        _remoteChannelUrl = addresses.First(a => !a.Contains("127.0.0.1", StringComparison.Ordinal)) + "/direct/";
    }

    public async Task DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("https://example.com/")]
    [InlineData("http://[fe80::1]/")]
    public async Task ServiceUrlOffThisMachine_WithoutCredentials_Gets400(string serviceUrl)
    {
        using var factory = new BotApplicationFactory();

        var response = await ActivityPosts.PostAsync(factory.CreateClient(), ActivityPosts.Message("emulator", "user-1", serviceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceUrlOffThisMachine_WithExpectReplies_IsAnsweredInTheResponse()
    {
        using var factory = new BotApplicationFactory();

        var response = await ActivityPosts.PostAsync(factory.CreateClient(), ActivityPosts.Message("emulator", "user-1", "http://169.254.169.254/", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Maison Tasse", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceUrlListedByTheOperator_WithoutCredentials_IsAccepted()
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["BotFramework:AllowedServiceUrls:0"] = _remoteChannelUrl });

        var response = await ActivityPosts.PostAsync(factory.CreateClient(), ActivityPosts.Message("emulator", "user-1", _remoteChannelUrl, expectReplies: false));

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        Assert.Contains(_hits, h => h.StartsWith("/direct/v3/conversations/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelAnsweringWithARedirect_IsNotFollowed()
    {
        using var factory = new BotApplicationFactory();

        await ActivityPosts.PostAsync(factory.CreateClient(), ActivityPosts.Message("emulator", "user-1", _channelUrl, expectReplies: false));

        Assert.Contains(_hits, h => h.StartsWith("/v3/conversations/", StringComparison.Ordinal));
        Assert.DoesNotContain("/elsewhere", _hits);
    }
}
