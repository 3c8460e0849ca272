using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Bench.Load;

/// <summary>
/// The Graph API as far as a Messenger turn needs it, on a loopback port of the load generator: it accepts every
/// Send API call at once, counts the messages each customer (recipient id) received, remembers the quick replies
/// and postback buttons last offered to them (so the simulated customer can tap them), and wakes whoever waits for
/// a customer's n-th message. Page-profile calls are answered too, so the bot's start-up is not slowed by errors.
/// </summary>
public sealed class FakeSendApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Customer> _customers = new(StringComparer.Ordinal);
    private long _unexpected;

    private FakeSendApi(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The base address, for Messenger:GraphBaseUrl.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Calls to paths the fake does not serve (they would be errors on the bot's side).</summary>
    public long UnexpectedCalls => Interlocked.Read(ref _unexpected);

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<FakeSendApi> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSendApi(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    /// <summary>How many messages <paramref name="recipient"/> received so far.</summary>
    public int MessagesTo(string recipient) => _customers.TryGetValue(recipient, out var customer) ? customer.Count : 0;

    /// <summary>How many calls (messages and sender actions) were made to <paramref name="recipient"/> so far.</summary>
    public int CallsTo(string recipient) => _customers.TryGetValue(recipient, out var customer) ? customer.Calls : 0;

    /// <summary>The payload of the quick reply or postback button titled <paramref name="title"/> last offered to <paramref name="recipient"/>.</summary>
    public (string Payload, bool IsPostback)? OfferedChoice(string recipient, string title) =>
        _customers.TryGetValue(recipient, out var customer) ? customer.Choice(title) : null;

    /// <summary>Completes when <paramref name="recipient"/> has received <paramref name="count"/> messages in all.</summary>
    public Task WaitForMessagesAsync(string recipient, int count) => _customers.GetOrAdd(recipient, _ => new Customer()).WaitFor(count, calls: false);

    /// <summary>Completes when <paramref name="recipient"/> has been the target of <paramref name="count"/> calls in all, sender actions included.</summary>
    public Task WaitForCallsAsync(string recipient, int count) => _customers.GetOrAdd(recipient, _ => new Customer()).WaitFor(count, calls: true);

    /// <summary>Forgets a customer whose conversation ended, so memory stays flat over a long run.</summary>
    public void Forget(string recipient) => _customers.TryRemove(recipient, out _);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.EndsWith("/me/messenger_profile", StringComparison.Ordinal))
        {
            await WriteAsync(context, context.Request.Method == "GET" ? """{"data":[]}""" : """{"result":"success"}""").ConfigureAwait(false);
            return;
        }

        if (!path.EndsWith("/me/messages", StringComparison.Ordinal) || context.Request.Method != "POST")
        {
            Interlocked.Increment(ref _unexpected);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await WriteAsync(context, """{"error":{"message":"(#100) Unknown path components","type":"OAuthException","code":100}}""").ConfigureAwait(false);
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        var recipient = body?["recipient"]?["id"]?.GetValue<string>() ?? string.Empty;
        var response = new JsonObject { ["recipient_id"] = recipient };
        var number = _customers.GetOrAdd(recipient, _ => new Customer()).Received(body?["message"] as JsonObject);
        if (body?["message"] is JsonObject)
        {
            response["message_id"] = "m_bench_" + recipient + "_" + number.ToString(CultureInfo.InvariantCulture);
        }

        await WriteAsync(context, response.ToJsonString()).ConfigureAwait(false);
    }

    private static Task WriteAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>One customer's mailbox: a count, the choices last offered, and the waiters for a count.</summary>
    private sealed class Customer
    {
        private readonly Lock _gate = new();
        private readonly List<(int Count, bool Calls, TaskCompletionSource Done)> _waiters = [];
        private Dictionary<string, (string Payload, bool IsPostback)> _choices = new(StringComparer.OrdinalIgnoreCase);

        public int Count { get; private set; }

        public int Calls { get; private set; }

        /// <summary>Counts a call; <paramref name="message"/> is null for a sender action. Returns the message count.</summary>
        public int Received(JsonObject? message)
        {
            var offered = message is null ? [] : Choices(message);
            lock (_gate)
            {
                Calls++;
                if (message is not null)
                {
                    Count++;
                }

                if (offered.Count > 0)
                {
                    _choices = offered;
                }

                foreach (var waiter in _waiters.Where(w => w.Count <= (w.Calls ? Calls : Count)).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult();
                }

                return Count;
            }
        }

        public Task WaitFor(int count, bool calls)
        {
            lock (_gate)
            {
                if ((calls ? Calls : Count) >= count)
                {
                    return Task.CompletedTask;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, calls, done));
                return done.Task;
            }
        }

        public (string Payload, bool IsPostback)? Choice(string title)
        {
            lock (_gate)
            {
                return _choices.TryGetValue(title, out var choice) ? choice : null;
            }
        }

        /// <summary>Quick replies (text ones) and postback buttons of a button or generic template, by title.</summary>
        private static Dictionary<string, (string Payload, bool IsPostback)> Choices(JsonObject message)
        {
            var choices = new Dictionary<string, (string Payload, bool IsPostback)>(StringComparer.OrdinalIgnoreCase);
            foreach (var reply in (message["quick_replies"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (Text(reply["title"]) is { } title && Text(reply["payload"]) is { } payload)
                {
                    choices[title] = (payload, false);
                }
            }

            var template = message["attachment"]?["payload"];
            var buttons = (template?["buttons"] as JsonArray ?? []).Concat((template?["elements"] as JsonArray ?? []).SelectMany(e => e?["buttons"] as JsonArray ?? []));
            foreach (var button in buttons.OfType<JsonObject>())
            {
                if (Text(button["type"]) == "postback" && Text(button["title"]) is { } title && Text(button["payload"]) is { } payload)
                {
                    choices[title] = (payload, true);
                }
            }

            return choices;
        }

        private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }
}
