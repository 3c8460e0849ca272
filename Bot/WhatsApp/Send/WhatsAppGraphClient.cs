using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Messenger.Send;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Polly;

namespace Majordome.Bot.WhatsApp.Send;

/// <summary>
/// The Cloud API calls of one business number (typed <see cref="HttpClient"/>): <c>/{phone-number-id}/messages</c> and
/// <c>/{phone-number-id}/media</c>. The number's token travels in the <c>Authorization</c> header, in no URL and no log.
/// Each attempt waits for the number's rate limiter; retries and timeouts are Messenger's Polly pipeline
/// (<see cref="GraphResilience"/>) with WhatsApp's error codes (<see cref="WhatsAppErrorClassifier"/>).
/// </summary>
public sealed partial class WhatsAppGraphClient
{
    /// <summary>The name of the send options (a <see cref="MessengerSendOptions"/> bound from "WhatsAppSend").</summary>
    public const string OptionsName = "WhatsApp";

    private readonly HttpClient _http;
    private readonly IOptions<WhatsAppOptions> _options;
    private readonly MessengerSendOptions _send;
    private readonly PageRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<GraphAttempt> _pipeline;
    private readonly ILogger<WhatsAppGraphClient> _logger;

    /// <summary>Creates the client.</summary>
    public WhatsAppGraphClient(HttpClient http, IOptions<WhatsAppOptions> options, IOptionsMonitor<MessengerSendOptions> send, TimeProvider time, ILogger<WhatsAppGraphClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _options = options;
        _send = send.Get(OptionsName);
        _limiter = new PageRateLimiter(Options.Create(_send), time);
        _time = time;
        _pipeline = GraphResilience.Build(_send, time, WhatsAppErrorClassifier.Classify);
        _logger = logger;
    }

    /// <summary>POSTs <paramref name="body"/> to <c>/{phoneNumberId}/messages</c>; returns Graph's answer.</summary>
    public Task<JObject> PostMessageAsync(string phoneNumberId, JObject body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var json = body.ToString(Formatting.None);
        return CallAsync(phoneNumberId, "messages", () => new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
    }

    /// <summary>Uploads a file to <c>/{phoneNumberId}/media</c>; returns its media id.</summary>
    public async Task<string> UploadAsync(string phoneNumberId, byte[] content, string contentType, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var result = await CallAsync(phoneNumberId, "media", () =>
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent("whatsapp"), "messaging_product" },
                { new StringContent(contentType), "type" },
            };
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, "file", fileName);
            return form;
        }, cancellationToken).ConfigureAwait(false);
        return (string?)result["id"] ?? throw new MessengerSendException("The media upload answered no id.");
    }

    private async Task<JObject> CallAsync(string phoneNumberId, string endpoint, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneNumberId);
        var number = _options.Value.FindNumber(phoneNumberId)
            ?? throw new InvalidOperationException($"No WhatsApp number with id '{phoneNumberId}' is configured: add it under WhatsApp:PhoneNumbers (PhoneNumberId, AccessToken).");
        var url = $"{_options.Value.GraphBaseUrl.ToString().TrimEnd('/')}/{_options.Value.GraphVersion}/{phoneNumberId}/{endpoint}";
        var attempt = 0;
        var outcome = await _pipeline.ExecuteAsync(
            async token =>
            {
                attempt++;
                await _limiter.WaitAsync(phoneNumberId, token).ConfigureAwait(false);
                var result = await GraphRequest.AttemptAsync(_http, HttpMethod.Post, url, number.AccessToken, content, _send.Timeout, _time, token, cancellationToken).ConfigureAwait(false);
                Telemetry.SendApiMetrics.Record("whatsapp", result);
                if (result.Error is { } error)
                {
                    LogGraphError(endpoint, result.Status, error.Code, error.FbTraceId, WhatsAppErrorClassifier.Classify(error), attempt, error.Message);
                }

                return result;
            },
            cancellationToken).ConfigureAwait(false);

        if (outcome.Error is { } failure)
        {
            throw new MessengerSendException($"WhatsApp {endpoint} failed ({failure}, fbtrace_id {failure.FbTraceId ?? "none"}): {failure.Message}", failure, WhatsAppErrorClassifier.Classify(failure));
        }

        return outcome.Result!;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp {Endpoint} failed (HTTP {Status}): code {Code}, fbtrace_id {FbTraceId}, {Kind}, attempt {Attempt}: {GraphMessage}")]
    private partial void LogGraphError(string endpoint, int status, int code, string? fbTraceId, GraphErrorKind kind, int attempt, string graphMessage);
}
