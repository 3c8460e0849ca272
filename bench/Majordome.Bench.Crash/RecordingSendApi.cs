using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Majordome.Tests.Harness.Messenger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Bench.Crash;

/// <summary>
/// The Send API on a loopback port, as far as the drill needs it: accepts the Page token only (in the header),
/// answers each message after a short delay (so turns are in flight when the bot is stopped), records the texts
/// each customer received and, when <see cref="Echoes"/> is set, echoes each one back to the bot. Profile calls are answered so start-up is not slowed by errors.
/// </summary>
public sealed class RecordingSendApi : IReplyLog, IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, List<string>> _texts = new(StringComparer.Ordinal);
    private readonly string _token;
    private long _messages;

    private RecordingSendApi(WebApplication app, string token)
    {
        _app = app;
        _token = token;
    }

    /// <summary>The base address, for Messenger:GraphBaseUrl.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>When set, each message delivered is echoed to the bot, as Meta does for a Page subscribed to message_echoes.</summary>
    public EchoWebhook? Echoes { get; set; }

    /// <summary>How long each message takes to be accepted.</summary>
    public TimeSpan SendDelay { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>Starts the server on a free loopback port, accepting <paramref name="token"/>.</summary>
    public static async Task<RecordingSendApi> StartAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordingSendApi(app, token);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> TextsTo(string recipient)
    {
        if (!_texts.TryGetValue(recipient, out var texts))
        {
            return [];
        }

        lock (texts)
        {
            return [.. texts];
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + _token)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("""{"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190}}""", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.EndsWith("/me/messages", StringComparison.Ordinal))
        {
            await context.Response.WriteAsync(context.Request.Method == "GET" ? """{"data":[]}""" : """{"success":true}""", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        var recipient = body?["recipient"]?["id"]?.GetValue<string>() ?? string.Empty;
        var response = new JsonObject { ["recipient_id"] = recipient };
        if (body?["message"] is JsonObject message)
        {
            await Task.Delay(SendDelay, context.RequestAborted).ConfigureAwait(false);
            var text = message["text"]?.GetValue<string>() ?? message["attachment"]?["payload"]?["text"]?.GetValue<string>() ?? message.ToJsonString();
            var texts = _texts.GetOrAdd(recipient, _ => []);
            lock (texts)
            {
                texts.Add(text);
            }

            var mid = "m_drill_" + Interlocked.Increment(ref _messages).ToString(CultureInfo.InvariantCulture);
            response["message_id"] = mid;

            // Delivered: Meta echoes it, whatever becomes of this connection.
            Echoes?.Enqueue(recipient, mid, message.ToJsonString());
        }

        await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }
}
