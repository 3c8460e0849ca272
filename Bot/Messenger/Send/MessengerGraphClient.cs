using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// The Graph API calls of the Messenger channel (typed <see cref="HttpClient"/>): <c>/me/messages</c>,
/// <c>/{page}/pass_thread_control</c>, <c>/me/messenger_profile</c>. The Page token travels in the
/// <c>Authorization</c> header, so it is in no URL and no log. Each call waits for its Page's rate limiter; errors are
/// classified on Graph's code and subcode (<see cref="GraphErrorClassifier"/>), logged with their <c>fbtrace_id</c>,
/// and only retryable ones are retried, with exponential backoff and jitter, honouring the usage headers' "time to
/// regain access" up to <see cref="MessengerSendOptions.MaxRetryDelay"/>.
/// </summary>
public sealed partial class MessengerGraphClient
{
    private readonly HttpClient _http;
    private readonly IOptions<MessengerOptions> _options;
    private readonly MessengerSendOptions _send;
    private readonly PageRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<MessengerGraphClient> _logger;

    /// <summary>Creates the client.</summary>
    public MessengerGraphClient(HttpClient http, IOptions<MessengerOptions> options, IOptions<MessengerSendOptions> send, PageRateLimiter limiter, TimeProvider time, ILogger<MessengerGraphClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _options = options;
        _send = send.Value;
        _limiter = limiter;
        _time = time;
        _logger = logger;
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> (for example "me/messages") as the Page of <paramref name="accountId"/>.</summary>
    public Task<JObject> PostAsync(string accountId, string path, JObject body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return CallAsync(HttpMethod.Post, accountId, path, body, cancellationToken);
    }

    /// <summary>GETs <paramref name="pathAndQuery"/> (for example "me/messenger_profile?fields=greeting") as the Page of <paramref name="accountId"/>.</summary>
    public Task<JObject> GetAsync(string accountId, string pathAndQuery, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Get, accountId, pathAndQuery, null, cancellationToken);

    /// <summary>The configured Page of <paramref name="accountId"/> (a Page id or its Instagram account id).</summary>
    public MessengerPageOptions Page(string accountId) => _options.Value.FindPage(accountId)
        ?? throw new InvalidOperationException($"No Page with id or Instagram account id '{accountId}' is configured: add it under Messenger:Pages (PageId, AccessToken, InstagramAccountId).");

    private async Task<JObject> CallAsync(HttpMethod method, string accountId, string path, JObject? body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var page = Page(accountId);
        var url = $"{_options.Value.GraphBaseUrl.ToString().TrimEnd('/')}/{_options.Value.GraphVersion}/{path.TrimStart('/')}";
        var endpoint = path.Split('?')[0];
        for (var attempt = 1; ; attempt++)
        {
            await _limiter.WaitAsync(accountId, cancellationToken).ConfigureAwait(false);
            var (error, status, regain, result) = await AttemptAsync(method, url, page.AccessToken, body, cancellationToken).ConfigureAwait(false);
            if (error is null)
            {
                return result!;
            }

            var kind = GraphErrorClassifier.Classify(error);
            LogGraphError(endpoint, status, error.Code, error.Subcode, error.FbTraceId, kind, attempt, error.Message);
            if (kind != GraphErrorKind.Retryable || attempt >= _send.MaxAttempts)
            {
                throw new MessengerSendException($"Graph API {method} {endpoint} failed ({error}, fbtrace_id {error.FbTraceId ?? "none"}): {error.Message}", error, kind);
            }

            await Task.Delay(RetryDelay(attempt, regain), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(GraphError? Error, int Status, TimeSpan? Regain, JObject? Result)> AttemptAsync(HttpMethod method, string url, string token, JObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_send.Timeout);
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode && TryParseObject(text) is { } result && result["error"] is null)
            {
                return (null, (int)response.StatusCode, null, result);
            }

            return (GraphError.Parse(text, (int)response.StatusCode), (int)response.StatusCode, UsageHeaders.RegainAccessDelay(response), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own timeout, not the caller's cancellation: worth another try.
            return (new GraphError(2, null, $"No answer within {_send.Timeout.TotalSeconds} s", null, true, null), 0, null, null);
        }
        catch (HttpRequestException exception)
        {
            return (new GraphError(2, null, "Network error: " + exception.Message, null, true, null), 0, null, null);
        }
    }

    private TimeSpan RetryDelay(int attempt, TimeSpan? regain)
    {
        // Exponential backoff with jitter (50-100 % of the step), so that many conversations do not retry in step.
        var step = _send.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var delay = TimeSpan.FromMilliseconds(step * (0.5 + (Random.Shared.NextDouble() / 2)));
        if (regain is { } wait && wait > delay)
        {
            delay = wait;
        }

        return delay < _send.MaxRetryDelay ? delay : _send.MaxRetryDelay;
    }

    private static JObject? TryParseObject(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? [] : JToken.Parse(text) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph API {Endpoint} failed (HTTP {Status}): code {Code}, subcode {Subcode}, fbtrace_id {FbTraceId}, {Kind}, attempt {Attempt}: {GraphMessage}")]
    private partial void LogGraphError(string endpoint, int status, int code, int? subcode, string? fbTraceId, GraphErrorKind kind, int attempt, string graphMessage);
}
