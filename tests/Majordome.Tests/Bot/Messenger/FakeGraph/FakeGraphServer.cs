using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>
/// A stand-in for graph.facebook.com on a loopback port (real Kestrel, port 0). It records every call, accepts only
/// the configured Page token in the Authorization header (never in the URL), checks Send API bodies against
/// <see cref="SendApiRules"/> and answers violations in Graph's error format, keeps a Messenger profile per Page,
/// and can be scripted to answer the next calls with an error fixture (Fixtures/err_*.json).
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    public const string PageId = "1100000000000001";
    public const string InstagramAccountId = "1700000000000001";
    public const string PageToken = "EAAG-fake-page-token-5ecret";
    public const string FakeTraceId = "FakeTrace0000000000000000";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GraphCall> _calls = new();
    private readonly ConcurrentQueue<(int Status, string Body, IReadOnlyDictionary<string, string> Headers)> _script = new();
    private readonly ConcurrentDictionary<string, JObject> _profiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Status, string Body)> _pathFailures = new(StringComparer.Ordinal);
    private int _messageCount;

    private FakeGraphServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Recipient ids whose sends are checked with Instagram's limits.</summary>
    public ConcurrentDictionary<string, bool> InstagramRecipients { get; } = new(StringComparer.Ordinal);

    /// <summary>The server's base address, for MessengerOptions.GraphBaseUrl.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every call received, in order.</summary>
    public IReadOnlyList<GraphCall> Calls => _calls.ToArray();

    /// <summary>The calls to <paramref name="pathEnd"/> (for example "/me/messages").</summary>
    public IReadOnlyList<GraphCall> CallsTo(string pathEnd) => Calls.Where(c => c.Path.EndsWith(pathEnd, StringComparison.Ordinal)).ToList();

    /// <summary>The message bodies (sender actions excluded) sent to /me/messages.</summary>
    public IReadOnlyList<JObject> SentMessages => CallsTo("/me/messages").Where(c => c.Message is not null).Select(c => c.Json!).ToList();

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Answers the next call with the error fixture <paramref name="fixture"/> (for example "err_2_transient").</summary>
    public void EnqueueError(string fixture, int status = 400, IReadOnlyDictionary<string, string>? headers = null) =>
        _script.Enqueue((status, File.ReadAllText(FixturePath(fixture)), headers ?? new Dictionary<string, string>()));

    /// <summary>Answers the next call with <paramref name="status"/> and <paramref name="body"/> as given (for example a bare 429 with no Graph error).</summary>
    public void EnqueueResponse(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        _script.Enqueue((status, body, headers ?? new Dictionary<string, string>()));

    /// <summary>
    /// When set, each message accepted is echoed to the bot as Meta does for a Page subscribed to
    /// <c>message_echoes</c> (with the message's metadata). Null by default: no echoes.
    /// </summary>
    public Majordome.Tests.Harness.Messenger.EchoWebhook? Echoes { get; set; }

    /// <summary>How long each Send API call takes to answer (a slow Graph keeps turns in flight longer). Zero by default.</summary>
    public TimeSpan SendDelay { get; set; }

    /// <summary>Answers the next call to a path ending in <paramref name="pathEnd"/> with the error fixture, whatever comes before it.</summary>
    public void FailNextCallTo(string pathEnd, string fixture, int status = 400) =>
        _pathFailures[pathEnd] = (status, File.ReadAllText(FixturePath(fixture)));

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Bot", "Messenger", "FakeGraph", "Fixtures", name + ".json");

    public static JObject Fixture(string name) => JObject.Parse(File.ReadAllText(FixturePath(name)));

    /// <summary>Sets the profile Graph holds for the Page, as if set earlier.</summary>
    public void SetProfile(JObject profile) => _profiles[PageId] = (JObject)profile.DeepClone();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var call = new GraphCall(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, headers, body);
        _calls.Enqueue(call);

        // WhatsApp's endpoints, tokens and limits are its own (FakeGraphServer.WhatsApp.cs).
        if (await TryHandleWhatsAppAsync(context, call))
        {
            return;
        }

        if (context.Request.Query.ContainsKey("access_token"))
        {
            await ErrorAsync(context, 400, 100, "The token must travel in the Authorization header, not in the URL");
            return;
        }

        if (!headers.TryGetValue("Authorization", out var authorization) || authorization != "Bearer " + PageToken)
        {
            await ErrorAsync(context, 400, 190, "Invalid OAuth access token - Cannot parse access token");
            return;
        }

        foreach (var pathEnd in _pathFailures.Keys)
        {
            if (call.Path.EndsWith(pathEnd, StringComparison.Ordinal) && _pathFailures.TryRemove(pathEnd, out var failure))
            {
                await WriteAsync(context, failure.Status, failure.Body);
                return;
            }
        }

        if (_script.TryDequeue(out var scripted))
        {
            foreach (var (name, value) in scripted.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await WriteAsync(context, scripted.Status, scripted.Body);
            return;
        }

        var path = call.Path;
        if (path.EndsWith("/me/messages", StringComparison.Ordinal) && context.Request.Method == "POST" && call.IsMultipart)
        {
            // "Upload and send": the file travels in the same request (FakeGraphServer.MessengerUpload.cs).
            await MessengerUploadAsync(context, call);
            return;
        }

        var json = call.Json;
        if (path.EndsWith("/me/messages", StringComparison.Ordinal) && context.Request.Method == "POST" && json is not null)
        {
            var recipientId = (string?)json["recipient"]?["id"];
            var problems = SendApiRules.CheckMessages(json, recipientId is not null && InstagramRecipients.ContainsKey(recipientId));
            if (problems.Count > 0)
            {
                await ErrorAsync(context, 400, 100, "(#100) " + string.Join("; ", problems));
                return;
            }

            if (OutsideMessagingWindow(json, recipientId))
            {
                await WriteAsync(context, 400, File.ReadAllText(FixturePath("err_10_2018278_outside_window")));
                return;
            }

            var response = new JObject();
            if (recipientId is not null)
            {
                response["recipient_id"] = recipientId;
            }

            if (json["sender_action"] is null)
            {
                var mid = "m_fake" + Interlocked.Increment(ref _messageCount).ToString(CultureInfo.InvariantCulture);
                response["message_id"] = mid;

                // Accepted: the message goes out and is echoed whatever becomes of this connection (the sender may
                // be killed while waiting for the answer). Messages addressed by user_ref are not echoed.
                if (Echoes is { } echoes && recipientId is not null && json["message"] is JObject message)
                {
                    echoes.Enqueue(recipientId, mid, message.ToString(Newtonsoft.Json.Formatting.None), SendDelay);
                }
            }

            if (SendDelay > TimeSpan.Zero)
            {
                await Task.Delay(SendDelay, context.RequestAborted);
            }

            await WriteAsync(context, 200, response.ToString());
            return;
        }

        if (path.EndsWith("/pass_thread_control", StringComparison.Ordinal) && json is not null)
        {
            if (json["recipient"]?["id"] is null || json["target_app_id"] is null)
            {
                await ErrorAsync(context, 400, 100, "(#100) recipient and target_app_id are required");
                return;
            }

            await WriteAsync(context, 200, "{\"success\":true}");
            return;
        }

        if (path.EndsWith("/me/messenger_profile", StringComparison.Ordinal))
        {
            if (context.Request.Method == "GET")
            {
                var data = _profiles.TryGetValue(PageId, out var profile) ? new JArray(profile) : [];
                await WriteAsync(context, 200, new JObject { ["data"] = data }.ToString());
                return;
            }

            var current = _profiles.GetOrAdd(PageId, _ => []);
            lock (current)
            {
                current.Merge(json, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace });
            }

            await WriteAsync(context, 200, "{\"result\":\"success\"}");
            return;
        }

        await ErrorAsync(context, 404, 100, $"(#100) Unknown path components: {path}");
    }

    private static Task ErrorAsync(HttpContext context, int status, int code, string message) =>
        WriteAsync(context, status, new JObject
        {
            ["error"] = new JObject { ["message"] = message, ["type"] = "OAuthException", ["code"] = code, ["fbtrace_id"] = FakeTraceId },
        }.ToString());

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }
}
