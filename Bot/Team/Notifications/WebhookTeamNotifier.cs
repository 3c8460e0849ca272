using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Majordome.Bot.Team.Notifications;

/// <summary>
/// POSTs a notice as JSON to <see cref="TeamWebhookOptions.Url"/>, signed (<see cref="WebhookSignature"/>). A 5xx,
/// 408, 429, a refused connection or a timeout is retried a few times at once (Polly, exponential with jitter), each
/// attempt signed afresh; anything else fails the delivery, which the outbox tries again later. Redirects are not
/// followed: the signed body goes to the configured address only.
/// </summary>
public sealed class WebhookTeamNotifier : ITeamNotifier
{
    /// <summary>The named HTTP client it uses.</summary>
    public const string HttpClientName = "team-webhook";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IHttpClientFactory _clients;
    private readonly TeamWebhookOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the notifier.</summary>
    public WebhookTeamNotifier(IHttpClientFactory clients, IOptions<TeamNotificationOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _clients = clients;
        _options = options.Value.Webhook;
        _time = time;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, _options.Retries),
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsTransient),
            })
            .AddTimeout(_options.Timeout)
            .Build();
    }

    /// <inheritdoc />
    public string Target => "webhook";

    /// <inheritdoc />
    public bool Enabled => _options.Enabled;

    /// <inheritdoc />
    public async Task SendAsync(TeamNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var url = _options.Url ?? throw new InvalidOperationException("Team:Notifications:Webhook:Url is not set");
        var body = JsonSerializer.SerializeToUtf8Bytes(notice, Json);
        var client = _clients.CreateClient(HttpClientName);
        var attempts = _options.Retries == 0 ? ResiliencePipeline<HttpResponseMessage>.Empty : _pipeline;
        using var response = await attempts.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(_options.Secret, timestamp, body));
            return await client.SendAsync(request, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"the webhook answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }

    private static bool IsTransient(HttpResponseMessage response) =>
        (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
