using System.Diagnostics.Metrics;
using Majordome.Bot.Messenger.Send;
using Majordome.Dialogs.Diagnostics;

namespace Majordome.Bot.Telemetry;

/// <summary>
/// Meta's Graph API attempts (Messenger and Instagram Send API, WhatsApp Cloud API): <c>majordome.send_api.calls</c>
/// by API and HTTP status, and <c>majordome.send_api.errors</c> by API and Graph's error code, one point per attempt
/// (a retried call counts each try, which is what Meta's rate limits count too).
/// </summary>
internal static class SendApiMetrics
{
    /// <summary>The dimension naming the API: messenger (Messenger and Instagram) or whatsapp.</summary>
    public const string ApiTag = "majordome.send_api";

    private static readonly Counter<long> Calls = MajordomeDiagnostics.Meter.CreateCounter<long>(
        "majordome.send_api.calls", "{call}", "Graph API attempts, by API and HTTP status (0 when no answer came).");

    private static readonly Counter<long> Errors = MajordomeDiagnostics.Meter.CreateCounter<long>(
        "majordome.send_api.errors", "{error}", "Failed Graph API attempts, by API and Graph's error code (2 for a timeout or network error).");

    /// <summary>Counts one attempt at <paramref name="api"/>.</summary>
    public static void Record(string api, GraphAttempt attempt)
    {
        var apiTag = new KeyValuePair<string, object?>(ApiTag, api);
        Calls.Add(1, apiTag, new KeyValuePair<string, object?>("http.response.status_code", attempt.Status));
        if (attempt.Error is { } error)
        {
            Errors.Add(1, apiTag, new KeyValuePair<string, object?>("majordome.graph.error_code", error.Code));
        }
    }
}
