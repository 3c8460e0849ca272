using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Majordome.Tests.Harness.Messenger;

/// <summary>
/// What Meta does after the Send API accepted a Page's message, for the fake Graph servers: posts a signed
/// <c>message_echoes</c> webhook (<c>is_echo</c>, the app's id, the message's <c>metadata</c>) to the bot's
/// <c>/api/messenger</c>. A delivery that fails (the bot was killed, or is not listening yet) is retried, as Meta
/// retries webhooks, to whatever <see cref="Target"/> is by then, until it succeeds or this is disposed.
/// </summary>
public sealed class EchoWebhook : IAsyncDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(50);
    private readonly byte[] _secret;
    private readonly string _appId;
    private readonly string _pageId;
    private readonly ConcurrentQueue<(DateTimeOffset Due, string Recipient, string Mid, JsonObject Message)> _pending = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _delivered;

    /// <summary>Starts posting echoes for <paramref name="pageId"/>, signed with <paramref name="appSecret"/>, as sent by <paramref name="appId"/>.</summary>
    public EchoWebhook(string appId, string appSecret, string pageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        ArgumentException.ThrowIfNullOrEmpty(pageId);
        _appId = appId;
        _secret = Encoding.UTF8.GetBytes(appSecret);
        _pageId = pageId;
        _loop = Task.Run(() => DeliverAsync(_stop.Token));
    }

    /// <summary>The bot's webhook (<c>http://…/api/messenger</c>), or null while no bot listens: echoes wait.</summary>
    public Uri? Target { get; set; }

    /// <summary>How many echoes the bot acknowledged.</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    /// <summary>How many echoes are waiting to be delivered.</summary>
    public int Pending => _pending.Count;

    /// <summary>
    /// Echoes <paramref name="message"/> (the Send API's <c>message</c> object, as JSON) sent to <paramref name="recipient"/>
    /// as <paramref name="mid"/>, once <paramref name="after"/> has passed (Graph's answer takes that long too).
    /// </summary>
    public void Enqueue(string recipient, string mid, string message, TimeSpan after = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipient);
        ArgumentException.ThrowIfNullOrEmpty(mid);
        var sent = JsonNode.Parse(message) as JsonObject ?? throw new ArgumentException("The message must be a JSON object.", nameof(message));
        _pending.Enqueue((DateTimeOffset.UtcNow + after, recipient, mid, sent));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _http.Dispose();
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            // In order, as Meta delivers a Page's events: the first one not delivered holds the others back.
            while (_pending.TryPeek(out var next) && next.Due <= DateTimeOffset.UtcNow && Target is { } target
                && await TryPostAsync(target, Body(next.Recipient, next.Mid, next.Message), cancellationToken).ConfigureAwait(false))
            {
                _pending.TryDequeue(out _);
                Interlocked.Increment(ref _delivered);
            }

            await Task.Delay(RetryInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<bool> TryPostAsync(Uri target, byte[] body, CancellationToken cancellationToken) =>
        SignedWebhook.PostAsync(_http, target, _secret, body, cancellationToken);

    private byte[] Body(string recipient, string mid, JsonObject sent)
    {
        // Meta's echo: sender the Page, recipient the customer, the text or attachment as sent, the metadata back;
        // quick replies are not echoed.
        var echo = new JsonObject
        {
            ["is_echo"] = true,
            ["app_id"] = long.Parse(_appId, CultureInfo.InvariantCulture),
            ["mid"] = mid,
        };
        if (sent["metadata"] is { } metadata)
        {
            echo["metadata"] = metadata.DeepClone();
        }

        if (sent["text"] is { } text)
        {
            echo["text"] = text.DeepClone();
        }

        if (sent["attachment"] is { } attachment)
        {
            echo["attachments"] = new JsonArray(attachment.DeepClone());
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return Encoding.UTF8.GetBytes(new JsonObject
        {
            ["object"] = "page",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = _pageId,
                ["time"] = now,
                ["messaging"] = new JsonArray(new JsonObject
                {
                    ["sender"] = new JsonObject { ["id"] = _pageId },
                    ["recipient"] = new JsonObject { ["id"] = recipient },
                    ["timestamp"] = now,
                    ["message"] = echo,
                }),
            }),
        }.ToJsonString());
    }
}
