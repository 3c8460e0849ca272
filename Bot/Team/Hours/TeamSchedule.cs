using Majordome.Dialogs.Content;

namespace Majordome.Bot.Team.Hours;

/// <summary>The team's hours as brand/team.yaml gives them.</summary>
/// <param name="TimeZoneId">The IANA time zone the hours are in.</param>
/// <param name="WeeklyHours">For each of the seven days, the ranges the team answers in; empty on a day off.</param>
/// <param name="Closures">Days off besides the week's (public holidays).</param>
public sealed record TeamSchedule(
    string TimeZoneId,
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningRange>> WeeklyHours,
    IReadOnlyList<BoutiqueClosure> Closures)
{
    /// <summary>The ranges of <paramref name="date"/>: none on a day off or a closure.</summary>
    public IReadOnlyList<OpeningRange> HoursOn(DateOnly date) =>
        Closures.Any(c => c.Date == date) || !WeeklyHours.TryGetValue(date.DayOfWeek, out var ranges) ? [] : ranges;
}
