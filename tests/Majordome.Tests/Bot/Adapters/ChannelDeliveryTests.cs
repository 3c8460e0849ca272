using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Adapters;

/// <summary>
/// /api/messages without expectReplies: the replies go to the channel's service URL through the connector client,
/// which the host builds only when a turn needs it. A fake Bot Framework channel on loopback receives them.
/// </summary>
public sealed class ChannelDeliveryTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Path, JObject Body)> _received = new();
    private WebApplication? _channel;
    private Uri _channelUrl = new("http://127.0.0.1/");
    private BotApplicationFactory? _factory;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _channel = builder.Build();
        _channel.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", async (HttpContext context, string conversation, string replyTo) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = JObject.Parse(await reader.ReadToEndAsync());
            _received.Enqueue((context.Request.Path.Value!, body));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await _channel.StartAsync();
        _channelUrl = new Uri(_channel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        _factory = new BotApplicationFactory();
    }

    public async Task DisposeAsync()
    {
        _factory?.Dispose();
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_message_without_expect_replies_is_answered_at_the_channel_service_url()
    {
        var client = _factory!.CreateClient();
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = "incoming-1",
            ["channelId"] = "emulator",
            ["serviceUrl"] = _channelUrl.ToString(),
            ["from"] = new JObject { ["id"] = "user-1" },
            ["recipient"] = new JObject { ["id"] = "bot" },
            ["conversation"] = new JObject { ["id"] = "conversation-1" },
            ["text"] = "hello",
        };

        var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        var replies = _received.ToArray();
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal("/v3/conversations/conversation-1/activities/incoming-1", r.Path));
        Assert.Contains(replies, r => ((string?)r.Body["text"])?.StartsWith("Hello, I'm the Maison Tasse assistant", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_message_with_expect_replies_never_calls_the_channel()
    {
        var client = _factory!.CreateClient();
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = "incoming-2",
            ["channelId"] = "emulator",
            ["serviceUrl"] = _channelUrl.ToString(),
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JObject { ["id"] = "user-2" },
            ["recipient"] = new JObject { ["id"] = "bot" },
            ["conversation"] = new JObject { ["id"] = "conversation-2" },
            ["text"] = "hello",
        };

        var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Maison Tasse", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_received);
    }
}
