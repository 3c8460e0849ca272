using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Tests.Harness.Messenger;

/// <summary>
/// The Send API of one Page on a loopback port, with Meta's rate limit: at most <see cref="CallsPerSecond"/> calls in
/// any second (Meta documents 300 a second per Page for text; MESSENGER.md §6, "Messenger Platform rate limits",
/// developers.facebook.com/documentation/business-messaging/messenger-platform/overview/rate-limiting, updated
/// 2026-03-23). A call over the limit is answered as Graph does, code 613 "Calls to this api have exceeded the rate
/// limit", and counted in <see cref="Throttled"/>. Each call takes <see cref="Latency"/> to answer, as a real Graph
/// round trip does. Only the Page token is accepted, in the Authorization header. It records, per customer, each
/// message it accepted with the time it arrived (<see cref="RepliesTo"/>) and counts every call, sender actions
/// included. Profile calls are answered, so start-up is not slowed by errors.
/// </summary>
public sealed class ThrottledSendApi : IReplyLog, IAsyncDisposable
{
    /// <summary>Meta's documented Send API limit for text messages, per Page and per second.</summary>
    public const int DocumentedCallsPerSecond = 300;

    private const string RateLimitError = """{"error":{"message":"(#613) Calls to this api have exceeded the rate limit.","type":"OAuthException","code":613,"fbtrace_id":"FakeThrottle000000000000"}}""";

    private readonly WebApplication _app;
    private readonly string _token;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, List<(TimeSpan At, string Text)>> _replies = new(StringComparer.Ordinal);
    private readonly Queue<long> _window = new();
    private readonly Lock _windowGate = new();
    private long _calls;
    private long _accepted;
    private long _throttled;
    private long _senderActions;
    private long _messages;

    private ThrottledSendApi(WebApplication app, string token, int callsPerSecond, TimeSpan latency)
    {
        _app = app;
        _token = token;
        CallsPerSecond = callsPerSecond;
        Latency = latency;
    }

    /// <summary>The base address, for Messenger:GraphBaseUrl.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The most calls accepted in any one second.</summary>
    public int CallsPerSecond { get; }

    /// <summary>How long each call takes to be answered.</summary>
    public TimeSpan Latency { get; }

    /// <summary>The time on this server's clock (the times of <see cref="RepliesTo"/>).</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Calls to /me/messages received, throttled ones included.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls to /me/messages accepted (messages and sender actions).</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Calls refused with code 613 because the Page went over the limit.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Sender actions accepted (<c>mark_seen</c>, <c>typing_on</c>).</summary>
    public long SenderActions => Interlocked.Read(ref _senderActions);

    /// <summary>Starts the server on a free loopback port, for the Page whose token is <paramref name="token"/>.</summary>
    public static async Task<ThrottledSendApi> StartAsync(string token, int callsPerSecond = DocumentedCallsPerSecond, TimeSpan latency = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentOutOfRangeException.ThrowIfLessThan(callsPerSecond, 1);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ThrottledSendApi(app, token, callsPerSecond, latency);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    /// <summary>The messages accepted for <paramref name="recipient"/>, in order, with the time each arrived.</summary>
    public IReadOnlyList<(TimeSpan At, string Text)> RepliesTo(string recipient)
    {
        if (!_replies.TryGetValue(recipient, out var replies))
        {
            return [];
        }

        lock (replies)
        {
            return [.. replies];
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> TextsTo(string recipient) => [.. RepliesTo(recipient).Select(r => r.Text)];

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
        if (!path.EndsWith("/me/messages", StringComparison.Ordinal) || context.Request.Method != "POST")
        {
            await context.Response.WriteAsync(context.Request.Method == "GET" ? """{"data":[]}""" : """{"result":"success"}""", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _calls);
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        var admitted = Admit();
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted).ConfigureAwait(false);
        }

        if (!admitted)
        {
            Interlocked.Increment(ref _throttled);
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync(RateLimitError, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _accepted);
        var recipient = body?["recipient"]?["id"]?.GetValue<string>() ?? string.Empty;
        var response = new JsonObject { ["recipient_id"] = recipient };
        if (body?["message"] is JsonObject message)
        {
            var text = message["text"]?.GetValue<string>() ?? message["attachment"]?["payload"]?["text"]?.GetValue<string>() ?? message.ToJsonString();
            var replies = _replies.GetOrAdd(recipient, _ => []);
            lock (replies)
            {
                replies.Add((_clock.Elapsed, text));
            }

            response["message_id"] = "m_burst_" + Interlocked.Increment(ref _messages).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            Interlocked.Increment(ref _senderActions);
        }

        await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    // A sliding window over the last second of accepted calls: Meta does not say how it counts, so the strictest reading.
    private bool Admit()
    {
        var now = _clock.ElapsedTicks;
        var second = Stopwatch.Frequency;
        lock (_windowGate)
        {
            while (_window.Count > 0 && now - _window.Peek() >= second)
            {
                _window.Dequeue();
            }

            if (_window.Count >= CallsPerSecond)
            {
                return false;
            }

            _window.Enqueue(now);
            return true;
        }
    }
}
