using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Messenger.Send;

/// <summary>How the Send API client paces and retries, bound from the "MessengerSend" section (all optional).</summary>
public sealed class MessengerSendOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "MessengerSend";

    /// <summary>
    /// Sends per second per Page, sustained (token bucket). Meta allows an app 300 Send API calls a second per Page
    /// (or per Instagram account) for text, links, reactions and stickers ("Messenger Platform rate limits",
    /// developers.facebook.com/documentation/business-messaging/messenger-platform/overview/rate-limiting, updated
    /// 2026-03-23; MESSENGER.md §6). The default, 250 with bursts of <see cref="MaxBurst"/> 25, makes at most 275 calls
    /// in any second: under the limit with room for the arrival jitter of calls and for the bot's other calls
    /// (handovers, profile). In a campaign burst the Page sends far more than the 40 messages a second above which
    /// Meta stops showing new messages in the Page Inbox until the volume drops (same page): a Page whose agents
    /// work in the Page Inbox may prefer 40 here, and answer a burst more slowly.
    /// </summary>
    [Range(1, 300)]
    public double MaxSendsPerSecond { get; set; } = 250;

    /// <summary>
    /// How many sends per Page may go at once after a quiet spell (the bucket's size), at most
    /// <see cref="MaxSendsPerSecond"/>; null: as many as that. Meta counts calls per second, so the sustained rate plus
    /// this burst is what can land in one second.
    /// </summary>
    [Range(1, 300)]
    public double? MaxBurst { get; set; } = 25;

    /// <summary>Attempts of one call, the first included, for retryable errors.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first retry's pause; each next one doubles, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause before a retry, including a usage header's "estimated time to regain access".</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One HTTP call's timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
