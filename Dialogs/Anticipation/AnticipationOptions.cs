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

    /// <summary>
    /// A booking made less than this before its reminder would be due gets none: the customer has just read the
    /// confirmation.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "2.00:00:00")]
    public TimeSpan BookingReminderMinimumNotice { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The approved utility template of the day-before reminder (parameters: boutique, date and time, address), for channels that need one outside their window.</summary>
    [Required]
    public string BookingReminderTemplate { get; set; } = "booking_reminder";

    /// <summary>The approved utility template of the day-after thanks (parameter: boutique).</summary>
    [Required]
    public string BookingThanksTemplate { get; set; } = "booking_thanks";

    /// <summary>The approved utility template of an order's status update (parameters: order number, new status).</summary>
    [Required]
    public string OrderUpdateTemplate { get; set; } = "order_update";

    /// <summary>The approved marketing template saying a product a customer asked about is back in stock (parameter: product name), for channels that need one outside their window.</summary>
    [Required]
    public string BackInStockTemplate { get; set; } = "back_in_stock";
}
