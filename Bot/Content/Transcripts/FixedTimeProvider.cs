namespace Majordome.Bot.Content.Transcripts;

/// <summary>A clock stopped at one instant, so "tomorrow" in a transcript is always the same day.</summary>
/// <param name="now">The instant the clock shows.</param>
/// <param name="zone">The local time zone.</param>
public sealed class FixedTimeProvider(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => zone;
}
