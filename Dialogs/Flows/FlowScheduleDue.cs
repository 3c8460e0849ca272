namespace Majordome.Dialogs.Flows;

/// <summary>
/// The instant a <see cref="ScheduleStep"/>'s message is due, counted in the customer's time zone: a delay from now, a
/// date or date-time the flow knows (a date alone at <see cref="ScheduleStep.DefaultTime"/>), or the next return of a
/// date's day and month (a birthday: this year's when it is still to come, else next year's).
/// </summary>
public static class FlowScheduleDue
{
    /// <summary>
    /// When <paramref name="when"/> falls after <paramref name="now"/> for a customer in <paramref name="zone"/>, in UTC;
    /// null when its expression is no date (an unanswered question) or the moment has passed.
    /// </summary>
    /// <param name="when">The step's time.</param>
    /// <param name="values">The flow's variables, today and now included, as expressions read them.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="zone">The customer's time zone.</param>
    public static DateTimeOffset? Resolve(FlowScheduleTime when, IReadOnlyDictionary<string, object?> values, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(when);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        DateTime? due = when switch
        {
            { After: { } delay } => delay.AddTo(local),
            { At: { } at } => FlowDates.TryReadMoment(at.Evaluate(values), out var moment, out var hasTime)
                ? (hasTime ? moment : moment.Date + ScheduleStep.DefaultTime.ToTimeSpan())
                : null,
            { Anniversary: { } date } => FlowDates.TryRead(date.Evaluate(values), out var day) ? NextReturn(day, local) : null,
            _ => null,
        };

        if (due is not { } found)
        {
            return null;
        }

        var utc = ToUtc(DateTime.SpecifyKind(found, DateTimeKind.Unspecified), zone);
        return utc > now ? utc : null;
    }

    /// <summary>The first day with <paramref name="day"/>'s month and day whose sending time is after <paramref name="local"/> (29 February is the 28th in other years).</summary>
    private static DateTime NextReturn(DateOnly day, DateTime local)
    {
        var sendAt = ScheduleStep.DefaultTime.ToTimeSpan();
        var thisYear = day.AddYears(local.Year - day.Year).ToDateTime(TimeOnly.MinValue) + sendAt;
        return thisYear > local ? thisYear : day.AddYears(local.Year + 1 - day.Year).ToDateTime(TimeOnly.MinValue) + sendAt;
    }

    // A local time the clocks skip (the spring change) is sent an hour later rather than refused.
    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone), TimeSpan.Zero);
}
