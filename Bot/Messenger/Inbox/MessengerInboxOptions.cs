using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>How the Messenger webhook's inbox behaves, bound from the "Messenger:Inbox" section (all optional).</summary>
public sealed class MessengerInboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Messenger:Inbox";

    /// <summary>The largest webhook body accepted, in bytes (413 beyond). Default 1 MB; real notifications are a few KB.</summary>
    [Range(4096, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long processed events are kept (for dedupe of late redeliveries and for support). Default 7 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How many conversations are processed at the same time (each one stays sequential). Default 16: a turn mostly
    /// waits for the Send API, and with 4 the load benchmark's 8 customers waited about 40 ms for a slot at the median.
    /// </summary>
    [Range(1, 256)]
    public int MaxConcurrentConversations { get; set; } = 16;

    /// <summary>How long one bot turn may run before it is cancelled and its event marked failed. Default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxTurnDuration { get; set; } = TimeSpan.FromMinutes(2);
}
