namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>What counts as a conversion in an experiment, and how long after the assignment it still counts.</summary>
/// <param name="Event">The kind of event.</param>
/// <param name="Tag">For <see cref="ConversionEvent.Tag"/>, the tag given; otherwise null.</param>
/// <param name="Within">How long after the assignment the event still counts.</param>
public sealed record FlowConversion(ConversionEvent Event, string? Tag, TimeSpan Within)
{
    /// <summary>The window when a flow file does not give one: a week.</summary>
    public static TimeSpan DefaultWithin { get; } = TimeSpan.FromDays(7);

    /// <summary>The longest window a flow file may give (90 days): a longer one would never let a test conclude.</summary>
    public static TimeSpan MaxWithin { get; } = TimeSpan.FromDays(90);
}

/// <summary>The events an experiment can count as conversions.</summary>
public enum ConversionEvent
{
    /// <summary>The customer reached the flow's end (its last step, a goto or an end).</summary>
    End,

    /// <summary>The customer placed an order (not cancelled).</summary>
    Order,

    /// <summary>The customer booked a table (still confirmed).</summary>
    Booking,

    /// <summary>A flow gave the customer a tag (the tag action).</summary>
    Tag,
}
