using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Polly;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// The Graph API calls of the Messenger channel (typed <see cref="HttpClient"/>): <c>/me/messages</c>,
/// <c>/{page}/pass_thread_control</c>, <c>/me/messenger_profile</c>. The Page token travels in the
/// <c>Authorization</c> header, so it is in no URL and no log. Each attempt waits for its Page's rate limiter; errors
/// are classified on Graph's code and subcode (<see cref="GraphErrorClassifier"/>) and logged with their
/// <c>fbtrace_id</c>; retries and timeouts are the Polly pipeline's (<see cref="GraphResilience"/>).
/// </summary>
public sealed partial class MessengerGraphClient
{
    private readonly HttpClient _http;
    private readonly IOptions<MessengerOptions> _options;
    private readonly MessengerSendOptions _send;
    private readonly PageRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<GraphAttempt> _pipeline;
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
        _pipeline = GraphResilience.Build(_send, time);
        _logger = logger;
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> (for example "me/messages") as the Page of <paramref name="accountId"/>.</summary>
    public Task<JObject> PostAsync(string accountId, string path, JObject body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var json = body.ToString(Formatting.None);
        return CallAsync(HttpMethod.Post, accountId, path, () => new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
    }

    /// <summary>
    /// POSTs <paramref name="fields"/> (each a JSON value, sent as its text, as Graph reads form fields) and
    /// <paramref name="file"/> in the part <c>filedata</c> to <paramref name="path"/> as multipart/form-data: Meta's
    /// "upload and send", a file attachment uploaded in the same request as its message.
    /// </summary>
    public Task<JObject> PostFileAsync(string accountId, string path, JObject fields, MessengerFileUpload file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(file);
        return CallAsync(HttpMethod.Post, accountId, path, () =>
        {
            var form = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                // Strings go as they are (messaging_type=RESPONSE), objects as their JSON (recipient={"id":"…"}).
                form.Add(new StringContent(value is JValue { Type: JTokenType.String } text ? (string)text! : value!.ToString(Formatting.None), Encoding.UTF8), name);
            }

            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            form.Add(content, "filedata", file.FileName);
            return form;
        }, cancellationToken);
    }

    /// <summary>GETs <paramref name="pathAndQuery"/> (for example "me/messenger_profile?fields=greeting") as the Page of <paramref name="accountId"/>.</summary>
    public Task<JObject> GetAsync(string accountId, string pathAndQuery, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Get, accountId, pathAndQuery, null, cancellationToken);

    /// <summary>The configured Page of <paramref name="accountId"/> (a Page id or its Instagram account id).</summary>
    public MessengerPageOptions Page(string accountId) => _options.Value.FindPage(accountId)
        ?? throw new InvalidOperationException($"No Page with id or Instagram account id '{accountId}' is configured: add it under Messenger:Pages (PageId, AccessToken, InstagramAccountId).");

    // The content is made anew for each attempt: a retried request cannot send a disposed one.
    private async Task<JObject> CallAsync(HttpMethod method, string accountId, string path, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var page = Page(accountId);
        var url = $"{_options.Value.GraphBaseUrl.ToString().TrimEnd('/')}/{_options.Value.GraphVersion}/{path.TrimStart('/')}";
        var endpoint = path.Split('?')[0];
        var attempt = 0;
        var outcome = await _pipeline.ExecuteAsync(
            async token =>
            {
                attempt++;
                await _limiter.WaitAsync(accountId, token).ConfigureAwait(false);
                var result = await GraphRequest.AttemptAsync(_http, method, url, page.AccessToken, body, _send.Timeout, _time, token, cancellationToken).ConfigureAwait(false);
                Telemetry.SendApiMetrics.Record("messenger", result);
                if (result.Error is { } error)
                {
                    LogGraphError(endpoint, result.Status, error.Code, error.Subcode, error.FbTraceId, GraphErrorClassifier.Classify(error), attempt, error.Message);
                }

                return result;
            },
            cancellationToken).ConfigureAwait(false);

        if (outcome.Error is { } failure)
        {
            throw new MessengerSendException($"Graph API {method} {endpoint} failed ({failure}, fbtrace_id {failure.FbTraceId ?? "none"}): {failure.Message}", failure, GraphErrorClassifier.Classify(failure));
        }

        return outcome.Result!;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph API {Endpoint} failed (HTTP {Status}): code {Code}, subcode {Subcode}, fbtrace_id {FbTraceId}, {Kind}, attempt {Attempt}: {GraphMessage}")]
    private partial void LogGraphError(string endpoint, int status, int code, int? subcode, string? fbTraceId, GraphErrorKind kind, int attempt, string graphMessage);
}
