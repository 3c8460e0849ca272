using Majordome.Bot.Team.Hours;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations.Team;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Team.Hours;

/// <summary>Whether the team is there, and how its next opening is said, in the team's own time zone.</summary>
public sealed class TeamHoursTests
{
    private static readonly OpeningRange Day = new(new TimeOnly(9, 0), new TimeOnly(18, 0));

    private static readonly TeamSchedule Schedule = new(
        "Europe/Paris",
        new Dictionary<DayOfWeek, IReadOnlyList<OpeningRange>>
        {
            [DayOfWeek.Monday] = [Day],
            [DayOfWeek.Tuesday] = [Day],
            [DayOfWeek.Wednesday] = [new(new TimeOnly(9, 0), new TimeOnly(12, 30)), new(new TimeOnly(13, 30), new TimeOnly(18, 0))],
            [DayOfWeek.Thursday] = [Day],
            [DayOfWeek.Friday] = [Day],
            [DayOfWeek.Saturday] = [],
            [DayOfWeek.Sunday] = [],
        },
        [new BoutiqueClosure(new DateOnly(2026, 12, 25), new LocalizedText("Noël", "Christmas Day"))]);

    [Theory]
    [InlineData("2026-11-25T10:00:00+01:00", true, null)]
    [InlineData("2026-11-25T12:45:00+01:00", false, "2026-11-25T13:30:00+01:00")] // lunch break
    [InlineData("2026-11-25T18:00:00+01:00", false, "2026-11-26T09:00:00+01:00")] // the closing minute is closed
    [InlineData("2026-11-27T19:00:00+01:00", false, "2026-11-30T09:00:00+01:00")] // Friday evening: Monday
    [InlineData("2026-12-24T20:00:00+01:00", false, "2026-12-28T09:00:00+01:00")] // Christmas, then the weekend
    [InlineData("2027-03-27T12:00:00+01:00", false, "2027-03-29T09:00:00+02:00")] // summer time starts on the Sunday
    [InlineData("2026-11-25T08:30:00Z", true, null)] // 9:30 in Paris
    public void At_AnInstant_IsOpenOrSaysTheNextOpening(string instant, bool open, string? next)
    {
        var hours = new TeamHours(Schedule, TimeProvider.System);

        var availability = hours.At(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(open, availability.IsOpen);
        var expected = next is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture);
        // The offset too: "9 h" must be 9 h on the team's wall clock, summer time or not.
        Assert.Equal((expected, expected?.Offset), (availability.OpensAt, availability.OpensAt?.Offset));
    }

    [Fact]
    public void Now_ReadsTheInjectedClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var hours = new TeamHours(Schedule, clock);
        Assert.True(hours.Now().IsOpen);

        clock.Advance(TimeSpan.FromHours(9));

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(1)), hours.Now().OpensAt);
    }

    [Theory]
    [InlineData("2026-11-25T21:30:00+01:00", "fr", "demain à 9 h")]
    [InlineData("2026-11-25T21:30:00+01:00", "en", "tomorrow at 9 am")]
    [InlineData("2026-11-25T07:10:00+01:00", "fr", "aujourd'hui à 9 h")]
    [InlineData("2026-11-25T12:45:00+01:00", "en", "today at 1:30 pm")]
    [InlineData("2026-11-25T12:45:00+01:00", "fr", "aujourd'hui à 13 h 30")]
    [InlineData("2026-11-27T19:00:00+01:00", "fr", "lundi à 9 h")]
    [InlineData("2026-11-27T19:00:00+01:00", "en", "on Monday at 9 am")]
    [InlineData("2026-12-24T20:00:00+01:00", "fr", "lundi à 9 h")]
    [InlineData("2026-11-26T23:59:00Z", "en", "today at 9 am")] // Thursday in UTC, but already Friday 00:59 in Paris: the team's day counts
    public void Phrase_SaysTheNextOpeningAsAPersonWould(string instant, string language, string expected)
    {
        var availability = new TeamHours(Schedule, TimeProvider.System).At(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, TeamAnswerTime.Phrase(availability, language, Localizer.Default));
    }

    [Fact]
    public void Phrase_AFarOpening_SaysTheDate()
    {
        var now = new DateTimeOffset(2026, 8, 1, 10, 0, 0, TimeSpan.FromHours(2));
        var availability = new Majordome.Dialogs.Engine.TeamAvailability(false, new DateTimeOffset(2026, 8, 24, 9, 0, 0, TimeSpan.FromHours(2)), now);

        Assert.Equal("le lundi 24 août à 9 h", TeamAnswerTime.Phrase(availability, Languages.French, Localizer.Default));
        Assert.Equal("on Monday 24 August at 9 am", TeamAnswerTime.Phrase(availability, Languages.English, Localizer.Default));
    }
}
