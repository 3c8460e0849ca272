using Majordome.Dialogs.Conversations.Booking;

namespace Majordome.Dialogs.Flows;

/// <summary>How a flow ended: where to go next.</summary>
/// <param name="FlowGoto">The flow to start next, <see cref="FlowTargets.Menu"/>, or null for the usual "anything else?" menu.</param>
public sealed record FlowOutcome(string? FlowGoto)
{
    /// <summary>When not null, the booking flow starts next with these values already known (the book action).</summary>
    public BookingOptions? Booking { get; init; }
}
