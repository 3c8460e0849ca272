using System.Diagnostics.Metrics;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Dialogs.Diagnostics;

namespace Majordome.Bot.Telemetry;

/// <summary>
/// The Meta channels' inbox (Messenger, Instagram, WhatsApp) as gauges: <c>majordome.inbox.backlog</c>, events
/// received and not yet processed, and <c>majordome.inbox.oldest_age</c>, seconds since the oldest of them was
/// received, both by channel. A metrics collection must not wait on the database, so the gauges report the last
/// reading that <see cref="SampleAsync"/> took (every <see cref="Interval"/>, by <see cref="InboxBacklogSampler"/>).
/// </summary>
public sealed class InboxBacklogMetrics
{
    /// <summary>How often the backlog is read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly MessengerInbox _inbox;
    private readonly TimeProvider _time;
    private IReadOnlyList<(string Channel, long Count, DateTimeOffset OldestReceived)> _last = [];

    /// <summary>Creates the gauges on Majordome's meter.</summary>
    public InboxBacklogMetrics(MessengerInbox inbox, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(time);
        _inbox = inbox;
        _time = time;
        Backlog = MajordomeDiagnostics.Meter.CreateObservableGauge(
            "majordome.inbox.backlog", ObserveBacklog, "{event}", "Meta channel events received and not processed yet, by channel.");
        OldestAge = MajordomeDiagnostics.Meter.CreateObservableGauge(
            "majordome.inbox.oldest_age", ObserveOldestAge, "s", "Seconds since the oldest unprocessed Meta channel event was received, by channel.");
    }

    /// <summary>The backlog gauge.</summary>
    public ObservableGauge<long> Backlog { get; }

    /// <summary>The oldest event's age gauge.</summary>
    public ObservableGauge<double> OldestAge { get; }

    /// <summary>Reads the backlog from the inbox's database.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken = default) =>
        _last = await _inbox.BacklogAsync(cancellationToken).ConfigureAwait(false);

    // A channel whose backlog emptied since the last reading reports nothing rather than a stale count.
    private IEnumerable<Measurement<long>> ObserveBacklog() =>
        _last.Select(b => new Measurement<long>(b.Count, new KeyValuePair<string, object?>(MajordomeDiagnostics.ChannelTag, b.Channel)));

    private IEnumerable<Measurement<double>> ObserveOldestAge()
    {
        var now = _time.GetUtcNow();
        return _last.Select(b => new Measurement<double>(
            Math.Max(0, (now - b.OldestReceived).TotalSeconds),
            new KeyValuePair<string, object?>(MajordomeDiagnostics.ChannelTag, b.Channel)));
    }
}
