namespace Majordome.Dialogs.Anticipation;

/// <summary>The kinds of scheduled messages; each has one <see cref="IProactiveMessageComposer"/>.</summary>
public static class ProactiveKinds
{
    /// <summary>"Your capsules should be running low": the same as last time in one tap.</summary>
    public const string Reorder = "reorder";

    /// <summary>The day before a booking: time, address, cancel or move.</summary>
    public const string BookingReminder = "booking-reminder";

    /// <summary>The day after a booking: thanks and the feedback question.</summary>
    public const string BookingThanks = "booking-thanks";

    /// <summary>A product the customer asked to be told about is back in stock.</summary>
    public const string BackInStock = "back-in-stock";

    /// <summary>An order's status changed (prepared, shipped, ready for pick-up).</summary>
    public const string OrderUpdate = "order-update";

    /// <summary>A marketer's flow step <c>schedule</c>: a flow or a message at a later time.</summary>
    public const string FlowMessage = "flow-message";

    /// <summary>A marketer's flow step <c>wait</c> of hours or days: the parked flow goes on with its next steps.</summary>
    public const string FlowWait = "flow-wait";
}
