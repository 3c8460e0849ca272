using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// <c>webhook</c>: POSTs a JSON object to an https address and maps fields of the JSON answer into variables.
/// Arguments: <c>url</c> (required, https only), <c>timeout</c> (seconds, 5 by default, at most 30); every other
/// <c>with:</c> value becomes a field of the body. <c>into: { variable: path.in.answer }</c> reads the answer
/// (dotted paths, [0] for list items). Redirects are not followed (one could lead to plain http), the answer is
/// read up to <see cref="FlowOptions.WebhookMaxResponseBytes"/>, and the log names only the host, the status
/// and the time taken: the body carries the customer's data. Hosts whose addresses are not public (loopback,
/// private, link-local) are refused after resolution (<see cref="WebhookConnector"/>), and no proxy is used, so the
/// check applies to the host itself.
/// </summary>
public sealed partial class WebhookAction : IFlowAction, IDisposable
{
    /// <summary>The action's name in flow files.</summary>
    public const string ActionName = "webhook";

    /// <summary>The timeout when the flow gives none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The longest timeout a flow may ask for.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromSeconds(30);

    private static readonly string[] Reserved = ["url", "timeout"];
    private readonly HttpClient _http;
    private readonly FlowOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the action with its own HTTP client (no redirects, no proxy, no client-wide timeout: each call has its own).</summary>
    public WebhookAction(IOptions<FlowOptions> options, ILogger<WebhookAction> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        _logger = logger;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseProxy = false,
            ConnectCallback = new WebhookConnector(_options).ConnectAsync,
        };
        _http = new HttpClient(handler)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The required arguments.</summary>
    public static IReadOnlyList<string> Required { get; } = ["url"];

    /// <inheritdoc />
    public string Name => ActionName;

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredArguments => Required;

    /// <summary>Why <paramref name="url"/> may not be called, or null when it may.</summary>
    public static string? Refusal(string? url, bool allowHttpLoopback)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "the url is not an absolute address";
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp && allowHttpLoopback && uri.IsLoopback
            ? null
            : "only https addresses may be called";
    }

    /// <inheritdoc />
    public async Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = context.Text("url");
        if (Refusal(url, _options.AllowHttpLoopbackWebhooks) is { } refusal)
        {
            return FlowActionResult.Failed(refusal);
        }

        var timeout = context.Number("timeout") is { } seconds ? TimeSpan.FromSeconds((double)seconds) : DefaultTimeout;
        if (timeout <= TimeSpan.Zero || timeout > MaxTimeout)
        {
            return FlowActionResult.Failed($"the timeout must be between 1 and {MaxTimeout.TotalSeconds} seconds");
        }

        var uri = new Uri(url!);
        var body = new JObject();
        foreach (var (name, value) in context.Arguments.Where(a => !Reserved.Contains(a.Key)))
        {
            body[name] = value is null ? JValue.CreateNull() : new JValue(value);
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json"),
            };
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timer.Token).ConfigureAwait(false);
            LogCalled(_logger, uri.Host, (int)response.StatusCode, watch.ElapsedMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                return FlowActionResult.Failed($"the webhook answered {(int)response.StatusCode}");
            }

            var text = await ReadBoundedAsync(response.Content, _options.WebhookMaxResponseBytes, timer.Token).ConfigureAwait(false);
            if (text is null)
            {
                return FlowActionResult.Failed($"the webhook's answer is larger than {_options.WebhookMaxResponseBytes} bytes");
            }

            return FlowActionResult.Ok(Map(text, context.RequestedOutputs));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FlowActionResult.Failed($"the webhook did not answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookAddressRefusedException refused)
        {
            return FlowActionResult.Failed(refused.Message);
        }
        catch (HttpRequestException e)
        {
            return FlowActionResult.Failed($"the webhook could not be reached ({e.HttpRequestError})");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static async Task<string?> ReadBoundedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > limit)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[limit + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false)) > 0)
        {
            read += chunk;
        }

        return read > limit ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>
    /// The outputs <paramref name="paths"/> read in a JSON answer (dotted paths, [0] for list items), as a webhook's
    /// <c>into:</c> maps them; what is missing or not JSON is left out. Also what a transcript's stub answers.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> MapAnswer(string text, IReadOnlyCollection<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Map(text ?? string.Empty, paths);
    }

    private static Dictionary<string, object?> Map(string text, IReadOnlyCollection<string> paths)
    {
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (paths.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return outputs;
        }

        JToken answer;
        try
        {
            answer = JToken.Parse(text);
        }
        catch (JsonReaderException)
        {
            // Not JSON: the mapped variables stay empty; the call itself worked.
            return outputs;
        }

        foreach (var path in paths)
        {
            JToken? found;
            try
            {
                found = answer.SelectToken(path.StartsWith('$') ? path : "$." + path);
            }
            catch (JsonException)
            {
                found = null;
            }

            outputs[path] = found switch
            {
                JValue { Type: JTokenType.String } s => s.Value<string>(),
                JValue { Type: JTokenType.Integer or JTokenType.Float } n => n.Value<decimal>(),
                JValue { Type: JTokenType.Boolean } b => b.Value<bool>(),
                _ => null,
            };
        }

        return outputs;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flow webhook to {Host} answered {Status} in {ElapsedMs} ms")]
    private static partial void LogCalled(ILogger logger, string host, int status, long elapsedMs);
}
