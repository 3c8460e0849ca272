using System.Net;
using System.Net.Sockets;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Flows.Actions;

/// <summary>The webhook action against a real HTTP server on loopback.</summary>
public sealed class WebhookActionTests : IAsyncLifetime
{
    private FakeWebhookServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeWebhookServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_SendsTheOtherArgumentsAsJson_AndMapsTheAnswer()
    {
        _server.Answer("/orders", 200, """{ "order": { "status": "shipped", "items": [ { "count": 3 } ] }, "vip": true }""");
        using var action = NewAction();

        var result = await action.ExecuteAsync(Context(new() { ["url"] = Url("/orders"), ["email"] = "marie@example.com", ["budget"] = 80m, ["consent"] = true }, "order.status", "order.items[0].count", "vip", "missing"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal("shipped", result.Outputs["order.status"]);
        Assert.Equal(3m, result.Outputs["order.items[0].count"]);
        Assert.Equal(true, result.Outputs["vip"]);
        Assert.Null(result.Outputs["missing"]);
        var request = Assert.Single(_server.Requests);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(new JObject { ["email"] = "marie@example.com", ["budget"] = 80m, ["consent"] = true }, JObject.Parse(request.Body), JToken.EqualityComparer);
    }

    [Fact]
    public async Task ServerError_Fails()
    {
        _server.Answer("/broken", 500, "{}");
        using var action = NewAction();

        var result = await action.ExecuteAsync(Context(new() { ["url"] = Url("/broken") }), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("500", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowServer_TimesOutAfterTheGivenTimeout()
    {
        _server.Answer("/slow", 200, "{}", TimeSpan.FromSeconds(10));
        using var action = NewAction();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await action.ExecuteAsync(Context(new() { ["url"] = Url("/slow"), ["timeout"] = 1m }), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("did not answer within 1 s", result.Failure, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public async Task TimeoutOutOfRange_Fails(int seconds)
    {
        using var action = NewAction();

        var result = await action.ExecuteAsync(Context(new() { ["url"] = Url("/orders"), ["timeout"] = (decimal)seconds }), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnswerLargerThanTheCap_Fails()
    {
        _server.Answer("/big", 200, "{\"x\":\"" + new string('a', 5000) + "\"}");
        using var action = NewAction(new FlowOptions { AllowHttpLoopbackWebhooks = true, WebhookMaxResponseBytes = 1024 });

        var result = await action.ExecuteAsync(Context(new() { ["url"] = Url("/big") }, "x"), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("larger than 1024 bytes", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttpLoopback_IsRefusedWithoutTheOption()
    {
        using var action = NewAction(new FlowOptions());

        var result = await action.ExecuteAsync(Context(new() { ["url"] = Url("/orders") }), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("only https addresses may be called", result.Failure);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task HttpsToAHostResolvingToLoopback_IsRefusedWithoutConnecting()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var action = NewAction(new FlowOptions());

        var result = await action.ExecuteAsync(Context(new() { ["url"] = $"https://localhost:{Port(listener)}/hook", ["timeout"] = 2m }), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("is not a public address", result.Failure, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "the bot connected to a loopback address");
    }

    [Fact]
    public async Task HttpsToLoopback_ConnectsWhenTheHostIsAllowed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var options = new FlowOptions();
        options.WebhookPrivateNetworkHosts.Add("localhost");
        using var action = NewAction(options);

        var call = action.ExecuteAsync(Context(new() { ["url"] = $"https://localhost:{Port(listener)}/hook", ["timeout"] = 1m }), CancellationToken.None);
        using var accepted = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(10));

        // The listener never answers the TLS handshake: the call times out, but it was made.
        var result = await call;
        Assert.False(result.Succeeded);
        Assert.DoesNotContain("public address", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://192.168.1.1/hook")]
    [InlineData("https://127.0.0.2/hook")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    public async Task PrivateLoopbackOrLinkLocalAddress_IsRefused(string url)
    {
        using var action = NewAction(new FlowOptions());

        var result = await action.ExecuteAsync(Context(new() { ["url"] = url, ["timeout"] = 2m }), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("is not a public address", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.com/hook", true, "only https addresses may be called")]
    [InlineData("ftp://127.0.0.1/hook", true, "only https addresses may be called")]
    [InlineData("orders/hook", true, "the url is not an absolute address")]
    [InlineData("https://example.com/hook", false, null)]
    [InlineData("http://127.0.0.1:8080/hook", true, null)]
    [InlineData("http://localhost/hook", false, "only https addresses may be called")]
    public void Refusal_OnlyHttpsOrOptedInLoopback(string url, bool allowLoopback, string? expected) =>
        Assert.Equal(expected, WebhookAction.Refusal(url, allowLoopback));

    private static WebhookAction NewAction(FlowOptions? options = null) =>
        new(Options.Create(options ?? new FlowOptions { AllowHttpLoopbackWebhooks = true }), NullLogger<WebhookAction>.Instance);

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    private string Url(string path) => new Uri(_server.BaseUrl, path.TrimStart('/')).ToString();

    private static FlowActionContext Context(Dictionary<string, object?> arguments, params string[] outputs) =>
        new(new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message) { ChannelId = "test", From = new ChannelAccount("user-1") }), "test-flow", "fr", arguments, outputs);
}
