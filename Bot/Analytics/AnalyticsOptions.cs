using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Analytics;

/// <summary>The "Analytics" configuration section: how often the counters are written to the database.</summary>
public sealed class AnalyticsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Analytics";

    /// <summary>
    /// How often the counts are added to the database (10 s by default, 1 s to 10 min): what a crash can lose, and
    /// one small write per interval and instance. Counts are also written when the bot stops.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Analytics:FlushInterval must be between 00:00:01 and 00:10:00.")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}
