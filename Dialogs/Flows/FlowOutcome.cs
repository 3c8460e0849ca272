using Majordome.Dialogs.Conversations.Booking;

namespace Majordome.Dialogs.Flows;

/// <summary>How a flow ended: where to go next.</summary>
/// <param name="FlowGoto">The flow to start next, <see cref="FlowTargets.Menu"/>, or null for the usual "anything else?" menu.</param>
public sealed record FlowOutcome(string? FlowGoto)
{
    /// <summary>When not null, the booking flow starts next with these values already known (the book action).</summary>
    public BookingOptions? Booking { get; init; }

    /// <summary>The flow's variables when it ended, which a calling flow's <see cref="CallStep.Returns"/> reads; null when not wanted.</summary>
    public IReadOnlyDictionary<string, Newtonsoft.Json.Linq.JToken?>? Variables { get; init; }
}
