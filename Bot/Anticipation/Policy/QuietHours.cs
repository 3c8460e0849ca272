namespace Majordome.Bot.Anticipation.Policy;

/// <summary>The arithmetic of quiet hours in a time zone, including a span that crosses midnight (21:00 to 09:00).</summary>
public static class QuietHours
{
    /// <summary>The instant the quiet hours around <paramref name="now"/> end, or null when <paramref name="now"/> is outside them.</summary>
    public static DateTimeOffset? EndIfInside(DateTimeOffset now, TimeZoneInfo zone, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (start == end)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        var inside = start < end ? clock >= start && clock < end : clock >= start || clock < end;
        if (!inside)
        {
            return null;
        }

        // The end is today when it is still ahead on the clock, else tomorrow (a span past midnight, seen in the evening).
        var day = DateOnly.FromDateTime(local.DateTime);
        if (clock >= end)
        {
            day = day.AddDays(1);
        }

        var endLocal = day.ToDateTime(end);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }
}
