using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Send;

/// <summary>A Graph API error body: <c>{"error":{message,type,code,error_subcode,is_transient,fbtrace_id}}</c>.</summary>
/// <param name="Code">Graph's error code (decisions are made on it, not on the HTTP status).</param>
/// <param name="Subcode">The error subcode, when given.</param>
/// <param name="Message">Graph's message (English, for logs; never shown to a customer).</param>
/// <param name="Type">For example "OAuthException".</param>
/// <param name="IsTransient">Graph's own hint that retrying may work.</param>
/// <param name="FbTraceId">The trace id Meta's support asks for; it expires quickly, so it is logged at once.</param>
public sealed record GraphError(int Code, int? Subcode, string Message, string? Type, bool IsTransient, string? FbTraceId)
{
    private const int TooManyRequests = 429;
    private const int ThrottledCode = 4;

    /// <summary>The error of a response body, or one describing a body that is not Graph's error format.</summary>
    public static GraphError Parse(string? body, int httpStatus)
    {
        // 429 is "too many requests" whoever says it (Meta's edge, a proxy): always worth another try later.
        var throttled = httpStatus == TooManyRequests;
        try
        {
            if (!string.IsNullOrWhiteSpace(body) && JObject.Parse(body)["error"] is JObject error)
            {
                return new GraphError(
                    (int?)error["code"] ?? (throttled ? ThrottledCode : 0),
                    (int?)error["error_subcode"],
                    (string?)error["message"] ?? string.Empty,
                    (string?)error["type"],
                    ((bool?)error["is_transient"] ?? false) || throttled,
                    (string?)error["fbtrace_id"]);
            }
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Not JSON (a proxy's HTML page): described below from the HTTP status.
        }

        // Without a Graph error, a 5xx is treated as Graph's "unexpected error" (code 2, transient) and a 429 as
        // Graph's "application request limit reached" (code 4, throttling).
        var code = throttled ? ThrottledCode : httpStatus >= 500 ? 2 : 0;
        return new GraphError(code, null, $"HTTP {httpStatus} without a Graph error body", null, throttled || httpStatus >= 500, null);
    }

    /// <summary>"code 10, subcode 2018278".</summary>
    public override string ToString() => Subcode is { } sub ? $"code {Code}, subcode {sub}" : $"code {Code}";
}
