namespace Majordome.Bot.Analytics;

/// <summary>
/// The channels the counters keep apart. A turn's channel id comes from the client on /api/messages, so anything
/// else is counted as <see cref="Other"/>: made-up ids cannot add rows to the reports.
/// </summary>
public static class AnalyticsChannels
{
    /// <summary>The name of every channel not in the list.</summary>
    public const string Other = "other";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "webchat", "directline", "facebook", "instagram", "whatsapp", "msteams", "emulator", "test", "telegram", "slack", "sms", "email",
    };

    /// <summary>The channel's name in the counters.</summary>
    public static string Normalize(string? channelId) =>
        channelId is not null && Known.TryGetValue(channelId, out var known) ? known : Other;
}
