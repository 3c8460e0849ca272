using System.ComponentModel.DataAnnotations;

namespace Majordome.Dialogs.Anticipation;

/// <summary>When the messages the assistant writes first are due; bound from the "Anticipation" section.</summary>
public sealed class AnticipationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Anticipation";

    /// <summary>
    /// How long before a customer's capsules are estimated to run out the reorder reminder is due: early enough for a
    /// delivery to arrive in time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan ReorderLeadTime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The earliest a reorder reminder is due after the order it follows (an estimate can be very short).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "60.00:00:00")]
    public TimeSpan ReorderMinimumDelay { get; set; } = TimeSpan.FromDays(2);
}
