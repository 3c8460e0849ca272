using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Messenger.Send;

/// <summary>How the Send API client paces and retries, bound from the "MessengerSend" section (all optional).</summary>
public sealed class MessengerSendOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "MessengerSend";

    /// <summary>
    /// Sends per second per Page (token bucket, bursts of the same size). Meta allows 300/s, but the Page Inbox stops
    /// showing messages above about 40/s, so the default stays well under both.
    /// </summary>
    [Range(1, 250)]
    public double MaxSendsPerSecond { get; set; } = 20;

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
