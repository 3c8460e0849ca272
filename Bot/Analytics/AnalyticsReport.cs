using Majordome.Dialogs.Analytics;

namespace Majordome.Bot.Analytics;

/// <summary>One counter's total over the report's period.</summary>
/// <param name="Event">The event (<see cref="AnalyticsEvents"/>).</param>
/// <param name="Name">Its detail (flow, intent), or empty.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Language">The language.</param>
/// <param name="Count">How many.</param>
public sealed record AnalyticsTotal(string Event, string Name, string Channel, string Language, long Count);

/// <summary>A flow's starts and ends over the period.</summary>
/// <param name="Name">The flow (<see cref="Dialogs.Engine.Dialog.AnalyticsName"/>).</param>
/// <param name="Started">Times it began.</param>
/// <param name="Completed">Times it reached its end.</param>
/// <param name="Cancelled">Times it was left before its end.</param>
public sealed record FlowFunnel(string Name, long Started, long Completed, long Cancelled);

/// <summary>The conversations and messages of one channel or language over the period.</summary>
/// <param name="Key">The channel or the language.</param>
/// <param name="Conversations">Conversations begun there.</param>
/// <param name="Messages">Customers' messages there.</param>
public sealed record AnalyticsBreakdown(string Key, long Conversations, long Messages);

/// <summary>What the brand's conversations did over a period: the counters, and the orders and bookings they made.</summary>
/// <param name="FromUtc">The period's start (inclusive).</param>
/// <param name="ToUtc">The period's end (exclusive).</param>
/// <param name="Totals">Every counter's total, by event, name, channel and language.</param>
/// <param name="Orders">Orders placed in the period, cancelled ones excepted.</param>
/// <param name="OrderRevenueCents">Their total with delivery, in cents.</param>
/// <param name="Bookings">Bookings made in the period and still confirmed.</param>
/// <param name="BookedGuests">The guests of those bookings.</param>
public sealed record AnalyticsReport(DateTimeOffset FromUtc, DateTimeOffset ToUtc, IReadOnlyList<AnalyticsTotal> Totals, long Orders, long OrderRevenueCents, long Bookings, long BookedGuests)
{
    /// <summary>The messages the assistant wrote first that ended in the period, by kind, status and reason (sent, dropped and why).</summary>
    public IReadOnlyList<ProactiveTotal> Proactive { get; init; } = [];

    /// <summary>The reminders sent in the period by kind, and how many an order or a booking followed within <see cref="FollowUpDays"/>.</summary>
    public IReadOnlyList<ProactiveFollowUp> FollowUps { get; init; } = [];

    /// <summary>The reminders sent in the period by kind, and how many the customer opened where the channel tells.</summary>
    public IReadOnlyList<ProactiveOpens> Opens { get; init; } = [];

    /// <summary>The days after a reminder in which an order or a booking counts as following it.</summary>
    public int FollowUpDays { get; init; }

    /// <summary>Conversations begun.</summary>
    public long Conversations => Sum(AnalyticsEvents.Conversation);

    /// <summary>Customers' messages.</summary>
    public long Messages => Sum(AnalyticsEvents.Message);

    /// <summary>Questions the bot could not answer.</summary>
    public long NotUnderstood => Sum(AnalyticsEvents.NotUnderstood);

    /// <summary>Requests for a person.</summary>
    public long Handoffs => Sum(AnalyticsEvents.Handoff);

    /// <summary>The total of <paramref name="eventName"/>, for one <paramref name="name"/> or all.</summary>
    public long Sum(string eventName, string? name = null) =>
        Totals.Where(t => t.Event == eventName && (name is null || t.Name == name)).Sum(t => t.Count);

    /// <summary>The totals of <paramref name="eventName"/> by <paramref name="dimension"/>, largest first.</summary>
    public IReadOnlyList<(string Key, long Count)> By(string eventName, Func<AnalyticsTotal, string> dimension) =>
        [.. Totals.Where(t => t.Event == eventName).GroupBy(dimension, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(t => t.Count))).OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal)];

    /// <summary>Conversations and messages by <paramref name="dimension"/> (the channel or the language), the most messages first.</summary>
    public IReadOnlyList<AnalyticsBreakdown> Breakdown(Func<AnalyticsTotal, string> dimension)
    {
        var conversations = By(AnalyticsEvents.Conversation, dimension).ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal);
        return [.. By(AnalyticsEvents.Message, dimension).Select(m => new AnalyticsBreakdown(m.Key, conversations.GetValueOrDefault(m.Key), m.Count))];
    }

    /// <summary>
    /// Each flow's steps (<see cref="StepFunnel"/>): how many customers reached each and where they left, by flow,
    /// then the most reached first, which is the order of the flow's path (each step is reached at most as often
    /// as the one before it on the way).
    /// </summary>
    public IReadOnlyList<StepFunnel> Steps =>
        [.. Totals.Where(t => t.Event is AnalyticsEvents.FlowStepReached or AnalyticsEvents.FlowQuestionAsked or AnalyticsEvents.FlowStepAnswered && t.Name.Contains('#', StringComparison.Ordinal))
            .Select(t => t.Name).Distinct(StringComparer.Ordinal)
            .Select(n => new StepFunnel(
                n[..n.IndexOf('#', StringComparison.Ordinal)],
                n[(n.IndexOf('#', StringComparison.Ordinal) + 1)..],
                Sum(AnalyticsEvents.FlowStepReached, n) + Sum(AnalyticsEvents.FlowQuestionAsked, n),
                Sum(AnalyticsEvents.FlowStepAnswered, n),
                Sum(AnalyticsEvents.FlowQuestionAsked, n) > 0 || Sum(AnalyticsEvents.FlowStepAnswered, n) > 0))
            .OrderBy(f => f.Flow, StringComparer.Ordinal).ThenByDescending(f => f.Reached).ThenBy(f => f.Step, StringComparer.Ordinal)];

    /// <summary>Each flow's starts, completions and cancellations, the most started first.</summary>
    public IReadOnlyList<FlowFunnel> Flows =>
        [.. Totals.Where(t => t.Event is AnalyticsEvents.FlowStarted or AnalyticsEvents.FlowCompleted or AnalyticsEvents.FlowCancelled)
            .Select(t => t.Name).Distinct(StringComparer.Ordinal)
            .Select(n => new FlowFunnel(n, Sum(AnalyticsEvents.FlowStarted, n), Sum(AnalyticsEvents.FlowCompleted, n), Sum(AnalyticsEvents.FlowCancelled, n)))
            .OrderByDescending(f => f.Started).ThenBy(f => f.Name, StringComparer.Ordinal)];
}

/// <summary>How many scheduled messages of one kind ended in one status for one reason in the period.</summary>
/// <param name="Kind">The job's kind ("reorder", "booking-reminder"...).</param>
/// <param name="Status">Sent, Dropped, Cancelled or Failed.</param>
/// <param name="Reason">The outcome ("sent-with-token", "outside-window", "no-consent"...).</param>
/// <param name="Count">How many.</param>
public sealed record ProactiveTotal(string Kind, string Status, string Reason, long Count);

/// <summary>The messages of one kind sent in the period, and how many the customer followed within the configured days.</summary>
/// <param name="Kind">The job's kind ("reorder", "booking-reminder"...).</param>
/// <param name="Sent">How many were sent.</param>
/// <param name="FollowedBy">What counts as following them: "order", "booking" or "order or booking".</param>
/// <param name="Followed">How many the same customer followed after the send, within the days.</param>
public sealed record ProactiveFollowUp(string Kind, long Sent, string FollowedBy, long Followed)
{
    /// <summary>The share followed, from 0 to 1.</summary>
    public double Rate => Sent == 0 ? 0 : (double)Followed / Sent;
}

/// <summary>The messages of one kind sent in the period, and how many the customer opened, counted only where the channel tells.</summary>
/// <param name="Kind">The job's kind ("reorder", "booking-reminder"...).</param>
/// <param name="Sent">How many were sent (Web Chat's shown at a visit included).</param>
/// <param name="Told">How many went to a channel that tells when a message is read (Messenger, Instagram, WhatsApp).</param>
/// <param name="Opened">How many of those the customer read.</param>
public sealed record ProactiveOpens(string Kind, long Sent, long Told, long Opened)
{
    /// <summary>The share opened of those on a channel that tells, from 0 to 1; null when none was (Web Chat tells nothing).</summary>
    public double? Rate => Told == 0 ? null : (double)Opened / Told;
}
