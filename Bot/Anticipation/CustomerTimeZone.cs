namespace Majordome.Bot.Anticipation;

/// <summary>The customer's time zone from its IANA id, or the brand's when it is unknown or not a zone this machine knows.</summary>
public static class CustomerTimeZone
{
    /// <summary>The zone of <paramref name="customerZone"/>, else of <paramref name="brandZone"/>, else UTC.</summary>
    public static TimeZoneInfo Find(string? customerZone, string brandZone)
    {
        foreach (var id in new[] { customerZone, brandZone })
        {
            if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.Utc;
    }
}
