using System.Diagnostics.Metrics;
using Majordome.Dialogs.Diagnostics;

namespace Majordome.Bot.Telemetry;

/// <summary>
/// Requests for a person, <c>majordome.handoff.requests</c> by channel: what feeds the team's queue. The queue
/// itself is not Majordome's to measure: requests are recorded for the team (the feedback log) and, on Messenger,
/// the conversation is passed to the Page inbox, neither of which says when a person took it.
/// </summary>
internal static class HandoffMetrics
{
    private static readonly Counter<long> Requests = MajordomeDiagnostics.Meter.CreateCounter<long>(
        "majordome.handoff.requests", "{request}", "Requests for a person, by channel.");

    /// <summary>Counts one request on <paramref name="channel"/>.</summary>
    public static void Record(string? channel) =>
        Requests.Add(1, new KeyValuePair<string, object?>(MajordomeDiagnostics.ChannelTag, channel ?? "unknown"));
}
