namespace Majordome.Dialogs.Recognition;

/// <summary>Turns a wall-clock time of a time zone into an instant, deciding what summer-time changes make unclear.</summary>
internal static class ZonedTime
{
    /// <summary>
    /// The instant that <paramref name="local"/> means in <paramref name="zone"/>. A time skipped when clocks go forward
    /// (02:30 on the last Sunday of March in Paris) moves forward by the gap (03:30, summer time), as calendars do; a
    /// time that happens twice when clocks go back (02:30 on the last Sunday of October) is its first occurrence
    /// (summer time).
    /// </summary>
    internal static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var offsetBefore = zone.GetUtcOffset(local.AddDays(-1));
            var utc = new DateTimeOffset(local - offsetBefore, TimeSpan.Zero);
            return TimeZoneInfo.ConvertTime(utc, zone);
        }

        if (zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
