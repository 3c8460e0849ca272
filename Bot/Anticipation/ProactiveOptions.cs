using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// The "Proactive" section: how often due messages are looked for, how a temporary failure is retried, the quiet
/// hours and the pace that protect customers, and the Messenger utility templates Meta approved for the brand.
/// </summary>
public sealed class ProactiveOptions
{
    /// <summary>The section's name in appsettings.json.</summary>
    public const string SectionName = "Proactive";

    /// <summary>Whether this instance sends due messages (an instance may only serve turns).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for due messages.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many due messages one instance claims at a time.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim holds: a message an instance claimed and never finished (it died) is taken again after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times a message is tried before it is given up (Failed).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first temporary failure; doubled after each next one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The brand's IANA time zone, for customers whose own is unknown.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Europe/Paris";

    /// <summary>Local time from which nothing is sent ("21:00"); equal to <see cref="QuietHoursEnd"/> for none.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    /// <summary>Local time from which messages may go again ("09:00"); a message due in between is postponed to it, not dropped.</summary>
    public TimeOnly QuietHoursEnd { get; set; } = new(9, 0);

    /// <summary>At most one message per customer in this period (zero for no limit).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan PacePeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// What becomes of a message that would break the pace: Postpone (to the end of the period, the default: a
    /// booking reminder still matters tomorrow morning) or Drop (counted with reason "pace").
    /// </summary>
    public PaceAction WhenPaceExceeded { get; set; } = PaceAction.Postpone;

    /// <summary>
    /// How many days after a reminder an order or a booking counts as having followed it, in the analytics report
    /// (7 by default, 1 to 90).
    /// </summary>
    [Range(1, 90, ErrorMessage = "Proactive:FollowUpDays must be between 1 and 90.")]
    public int FollowUpDays { get; set; } = 7;

    /// <summary>The Messenger utility templates Meta approved for the Page (name and language), the only ones sent outside the 24-hour window.</summary>
    public IList<ApprovedTemplate> MessengerUtilityTemplates { get; } = [];
}

/// <summary>What a message that would break the pace becomes.</summary>
public enum PaceAction
{
    /// <summary>Sent at the end of the period instead.</summary>
    Postpone,

    /// <summary>Not sent, counted as dropped for "pace".</summary>
    Drop,
}

/// <summary>A message template the platform approved, by name and language.</summary>
public sealed class ApprovedTemplate
{
    /// <summary>The template's name as approved.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>Its language code ("fr", "en_US").</summary>
    [Required]
    public string Language { get; set; } = string.Empty;
}
