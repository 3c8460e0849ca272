using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Bookings;

/// <summary>
/// Converts between instants and a boutique's wall-clock time. Hours are written in local time, so every booking
/// rule is decided on the wall clock, while instants (and so DST offsets) come from the time-zone database.
/// </summary>
internal static class BoutiqueClock
{
    /// <summary>The boutique's time zone; throws with the bad id if the host lacks it.</summary>
    public static TimeZoneInfo Zone(Boutique boutique)
    {
        ArgumentNullException.ThrowIfNull(boutique);
        try
        {
            return TimeZones.Get(boutique.TimeZoneId);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException(
                $"Boutique '{boutique.Id}' has time zone '{boutique.TimeZoneId}', which this host does not know: use an IANA id such as Europe/Paris and install tzdata.", e);
        }
    }

    /// <summary><paramref name="instant"/> as the boutique's wall clock shows it, with the offset in force then.</summary>
    public static DateTimeOffset ToLocal(Boutique boutique, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone(boutique));

    /// <summary>
    /// The instant the boutique's clock reads <paramref name="time"/> on <paramref name="date"/>; null when that
    /// time is skipped by a spring-forward change. When an autumn change repeats it, the first (summer-time)
    /// occurrence is taken, the one people mean before the clocks go back.
    /// </summary>
    public static DateTimeOffset? AtLocal(Boutique boutique, DateOnly date, TimeOnly time)
    {
        var zone = Zone(boutique);
        var wallClock = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            return null;
        }

        var offset = zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max() : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset);
    }
}
