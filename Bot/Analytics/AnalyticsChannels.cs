using Majordome.Dialogs.Channels;

namespace Majordome.Bot.Analytics;

/// <summary>
/// The channels the counters keep apart, by their analytics name in the host's channel registry. A turn's
/// channel id comes from the client on /api/messages, so anything unregistered is counted as <see cref="Other"/>:
/// made-up ids cannot add rows to the reports.
/// </summary>
public static class AnalyticsChannels
{
    /// <summary>The name of every channel not in the registry.</summary>
    public const string Other = "other";

    /// <summary>The channel's name in the counters (ids match exactly, as the channels send them).</summary>
    public static string Normalize(IChannelRegistry channels, string? channelId) =>
        (channels ?? throw new ArgumentNullException(nameof(channels))).Find(channelId) is { } channel && string.Equals(channel.Id, channelId, StringComparison.Ordinal)
            ? channel.AnalyticsName
            : Other;
}
