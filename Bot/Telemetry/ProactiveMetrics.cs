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

    /// <summary>Counts one proactive message.</summary>
    public static void Record(string channel, string purpose, string outcome) =>
        Messages.Add(
            1,
            new KeyValuePair<string, object?>(MajordomeDiagnostics.ChannelTag, channel),
            new KeyValuePair<string, object?>("majordome.proactive.purpose", purpose),
            new KeyValuePair<string, object?>("majordome.proactive.outcome", outcome));
}
