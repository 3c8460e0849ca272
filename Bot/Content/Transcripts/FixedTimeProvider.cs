namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// A clock stopped at one instant, so "tomorrow" in a transcript is always the same day. A transcript's
/// <c>clock:</c> line stops it at another instant for that conversation only (<see cref="Use"/>), for what depends on
/// the hour (the team's hours).
/// </summary>
/// <param name="now">The instant the clock shows.</param>
/// <param name="zone">The local time zone.</param>
public sealed class FixedTimeProvider(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    private static readonly AsyncLocal<DateTimeOffset?> Playing = new();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => (Playing.Value ?? now).ToUniversalTime();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => zone;

    /// <summary>Shows <paramref name="instant"/> (null: the usual instant) to the code that runs until the result is disposed.</summary>
    public static IDisposable Use(DateTimeOffset? instant)
    {
        var before = Playing.Value;
        Playing.Value = instant;
        return new Restore(before);
    }

    private sealed class Restore(DateTimeOffset? before) : IDisposable
    {
        public void Dispose() => Playing.Value = before;
    }
}
