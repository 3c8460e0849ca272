using Majordome.Dialogs.Engine;

namespace Majordome.Bot.Team.Hours;

/// <summary>
/// Whether the team is there, from <see cref="TeamSchedule"/> in its own time zone: open inside a range of the day
/// (its closing minute excluded), else the next range's start, looked for up to a year ahead.
/// </summary>
public sealed class TeamHours : ITeamHours
{
    private const int DaysAhead = 366;
    private readonly TeamSchedule _schedule;
    private readonly TimeZoneInfo _zone;
    private readonly TimeProvider _time;

    /// <summary>Creates the hours of <paramref name="schedule"/>, read on <paramref name="time"/>.</summary>
    public TeamHours(TeamSchedule schedule, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(time);
        _schedule = schedule;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        _time = time;
    }

    /// <inheritdoc />
    public TeamAvailability Now() => At(_time.GetUtcNow());

    /// <summary>Whether the team is there at <paramref name="instant"/>, and if not when it next is.</summary>
    public TeamAvailability At(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (_schedule.HoursOn(today).Any(range => range.Contains(time)))
        {
            return TeamAvailability.Open(local);
        }

        for (var offset = 0; offset <= DaysAhead; offset++)
        {
            var day = today.AddDays(offset);
            if (_schedule.HoursOn(day).FirstOrDefault(range => offset > 0 || range.Opens > time) is { } next)
            {
                return new TeamAvailability(false, Local(day.ToDateTime(next.Opens)), local);
            }
        }

        return new TeamAvailability(false, null, local);
    }

    // The zone's offset on that day, so an opening after a change to summer time says 9 h, not 8 h.
    private DateTimeOffset Local(DateTime wallClock) => new(wallClock, _zone.GetUtcOffset(wallClock));
}
