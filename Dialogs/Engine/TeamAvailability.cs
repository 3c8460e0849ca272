namespace Majordome.Dialogs.Engine;

/// <summary>Whether the team is there, and when it next is.</summary>
/// <param name="IsOpen">True during the team's hours.</param>
/// <param name="OpensAt">When closed: the next opening, in the team's time zone (its offset); null when no opening is scheduled in the coming year.</param>
/// <param name="Now">The instant asked about, in the team's time zone, so "today" and "tomorrow" are the team's days.</param>
public sealed record TeamAvailability(bool IsOpen, DateTimeOffset? OpensAt, DateTimeOffset Now)
{
    /// <summary>The team is there (or the brand keeps no hours).</summary>
    public static TeamAvailability Open(DateTimeOffset now) => new(true, null, now);
}
