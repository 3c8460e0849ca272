using System.Diagnostics.Metrics;
using Majordome.Dialogs.Diagnostics;

namespace Majordome.Bot.Telemetry;

/// <summary>
/// Messages sent outside a customer's turn (a booking reminder, an order update, a human agent's reply):
/// <c>majordome.proactive.messages</c> by channel, purpose and outcome (<c>sent</c>, or <c>window_closed</c> when
/// Meta's messaging window forbade it before any call).
/// </summary>
internal static class ProactiveMetrics
{
    private static readonly Counter<long> Messages = MajordomeDiagnostics.Meter.CreateCounter<long>(
        "majordome.proactive.messages", "{message}", "Proactive messages, by channel, purpose and outcome (sent, window_closed).");

    private static readonly Counter<long> Jobs = MajordomeDiagnostics.Meter.CreateCounter<long>(
        "majordome.proactive.jobs", "{job}", "Scheduled proactive messages as they ended or waited, by channel, kind, status (sent, dropped, pending, cancelled, failed) and reason.");

    /// <summary>Counts what became of one scheduled message (issue 18's scheduler): sent, or dropped or postponed with its reason.</summary>
    public static void RecordJob(string channel, string kind, string status, string reason) =>
        Jobs.Add(
            1,
            new KeyValuePair<string, object?>(MajordomeDiagnostics.ChannelTag, channel),
            new KeyValuePair<string, object?>("majordome.proactive.kind", kind),
            new KeyValuePair<string, object?>("majordome.proactive.status", status),
            new KeyValuePair<string, object?>("majordome.proactive.reason", reason));

    /// <summary>Counts one proactive message.</summary>
    public static void Record(string channel, string purpose, string outcome) =>
        Messages.Add(
            1,
            new KeyValuePair<string, object?>(MajordomeDiagnostics.ChannelTag, channel),
            new KeyValuePair<string, object?>("majordome.proactive.purpose", purpose),
            new KeyValuePair<string, object?>("majordome.proactive.outcome", outcome));
}
