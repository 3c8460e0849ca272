using Majordome.Bot.Channels;
using Majordome.Dialogs.Analytics;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Analytics;

/// <summary>
/// Counts the conversations' events in memory, by hour, channel, language, event and name; <see cref="AnalyticsFlusher"/>
/// adds them to the database every few seconds. Counting is a dictionary increment under a lock held for
/// nanoseconds: a turn never waits for the database because of the reports.
/// </summary>
public sealed class AnalyticsCounters : IConversationAnalytics
{
    private readonly TimeProvider _time;
    private readonly IChannelRegistry _channels;
    private readonly object _gate = new();
    private Dictionary<AnalyticsKey, long> _counts = [];

    /// <summary>Creates the counters.</summary>
    /// <param name="time">The clock that dates the counts.</param>
    /// <param name="channels">The channels the host registered (their analytics names); the built-in ones when null.</param>
    public AnalyticsCounters(TimeProvider time, IChannelRegistry? channels = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _channels = channels ?? ChannelRegistry.Default;
    }

    /// <inheritdoc />
    public void Track(ITurnContext turnContext, string eventName, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var now = _time.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var key = new AnalyticsKey(hour, AnalyticsChannels.Normalize(_channels, turnContext.Activity?.ChannelId), turnContext.GetLanguage(), eventName, name ?? string.Empty);
        Add(key, 1);
    }

    /// <summary>Takes every count so far and starts again from zero.</summary>
    public IReadOnlyDictionary<AnalyticsKey, long> Drain()
    {
        lock (_gate)
        {
            var taken = _counts;
            _counts = [];
            return taken;
        }
    }

    /// <summary>Puts back counts that <see cref="Drain"/> took and could not be stored, so that none is lost.</summary>
    public void Restore(IReadOnlyDictionary<AnalyticsKey, long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (key, count) in counts)
        {
            Add(key, count);
        }
    }

    private void Add(AnalyticsKey key, long count)
    {
        lock (_gate)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + count;
        }
    }
}
