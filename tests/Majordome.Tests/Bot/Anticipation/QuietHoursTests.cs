using Majordome.Bot.Anticipation.Policy;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>The quiet hours' arithmetic in the customer's zone, across midnight and a clock change.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData("2026-12-08T20:30:00Z", "2026-12-09T08:00:00Z")] // 21:30 Paris: until 09:00 tomorrow
    [InlineData("2026-12-09T05:00:00Z", "2026-12-09T08:00:00Z")] // 06:00 Paris: until 09:00 today
    [InlineData("2026-03-28T21:00:00Z", "2026-03-29T07:00:00Z")] // the night clocks go forward: 09:00 is UTC+2
    [InlineData("2026-12-08T19:59:00Z", null)] // 20:59 Paris: not yet
    [InlineData("2026-12-08T08:00:00Z", null)] // 09:00 Paris: over
    public void EndIfInside_Evening21To9(string now, string? expected)
    {
        var end = QuietHours.EndIfInside(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Paris, new TimeOnly(21, 0), new TimeOnly(9, 0));

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), end);
    }

    [Fact]
    public void EndIfInside_SpanWithinADay_AndNoneWhenEqual()
    {
        var lunch = QuietHours.EndIfInside(new DateTimeOffset(2026, 12, 8, 11, 30, 0, TimeSpan.Zero), Paris, new TimeOnly(12, 0), new TimeOnly(14, 0));

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 13, 0, 0, TimeSpan.Zero), lunch);
        Assert.Null(QuietHours.EndIfInside(new DateTimeOffset(2026, 12, 8, 11, 30, 0, TimeSpan.Zero), Paris, new TimeOnly(9, 0), new TimeOnly(9, 0)));
    }
}
