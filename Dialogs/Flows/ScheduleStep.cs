using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// Writes to the customer later, through the durable scheduler of the messages the assistant sends first: a text
/// (<paramref name="Say"/>), an invitation to start a flow (<paramref name="Flow"/>: a button that starts it), or both.
/// The flow goes on at once; the channel's rules, the customer's consent, quiet hours and pace decide at the due
/// time whether it is sent (it is an offer, so it needs the customer's opt-in outside the conversation's window).
/// </summary>
/// <param name="Flow">The flow the message's button starts (a flow with a <c>payload:</c> trigger), or null for a text alone.</param>
/// <param name="Say">The message's text per language, {variables} filled when the step runs; null to invite to the flow by its title.</param>
/// <param name="When">When the message is due.</param>
public sealed record ScheduleStep(string? Flow, LocalizedText? Say, FlowScheduleTime When) : FlowStep
{
    /// <summary>The hour of the customer's day at which a message due on a date without a time is sent.</summary>
    public static readonly TimeOnly DefaultTime = new(10, 0);

    /// <summary>The message's text per variant, or null; <see cref="Say"/> is then the first variant's.</summary>
    public IReadOnlyList<Experiments.VariantText>? SayByVariant { get; init; }
}

/// <summary>When a scheduled message is due: exactly one of a delay, a moment, or the next anniversary of a date.</summary>
/// <param name="After">A delay from when the step runs (<c>after: 2w</c>), or null.</param>
/// <param name="At">An expression giving a date or a date and time (<c>at: "visit - 1d"</c>), or null.</param>
/// <param name="Anniversary">An expression giving a date whose next return of day and month is the due day (<c>anniversary: birthday</c>), or null.</param>
public sealed record FlowScheduleTime(FlowDuration? After, FlowExpression? At, FlowExpression? Anniversary);

/// <summary>
/// Takes back what a schedule step of the same flow scheduled for this customer and is still pending (a reminder
/// that no longer applies once the customer answered).
/// </summary>
/// <param name="StepId">The written <c>id:</c> of the schedule step.</param>
public sealed record UnscheduleStep(string StepId) : FlowStep;
