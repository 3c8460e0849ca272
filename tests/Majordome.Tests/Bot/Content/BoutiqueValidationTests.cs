namespace Majordome.Tests.Bot.Content;

/// <summary>Every rule of boutiques.yaml names the file, line, column and field of the problem.</summary>
public sealed class BoutiqueValidationTests : IDisposable
{
    private const string File = "boutiques.yaml";

    // Line 6 holds the postal code, 10 the time zone, 12 to 18 the days (values from column 16 on tuesday).
    private const string Lyon = """
        boutiques:
          - id: lyon
            name: Maison Tasse Lyon
            address:
              street: 5 rue de la Charité
              postal_code: "69002"
              city: Lyon
            phone: +33 4 28 29 45 10
            coordinates: { latitude: 45.75, longitude: 4.83 }
            time_zone: Europe/Paris
            hours:
              monday: closed
              tuesday: 10:00-19:00
              wednesday: 10:00-19:00
              thursday: 10:00-19:00
              friday: 10:00-19:00
              saturday: 10:00-19:00
              sunday: closed
            tasting_seats_per_slot: 6
        """;

    private readonly TempBrandFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\"6902\"")]
    [InlineData("\"690022\"")]
    [InlineData("\"69 002\"")]
    [InlineData("LYON")]
    public void Load_PostalCodeNotFiveDigits_ReportsIt(string postalCode)
    {
        _folder.Write(File, Lyon.With("postal_code: \"69002\"", $"postal_code: {postalCode}"));

        ProblemAssert.At(_folder.SingleProblem(), File, 6, 20, "boutiques[0].address.postal_code", "a French postal code has exactly 5 digits (like 75002)");
    }

    [Theory]
    [InlineData("10h-19h")]
    [InlineData("10:00 to 19:00")]
    [InlineData("25:00-26:00")]
    [InlineData("10:00")]
    public void Load_MalformedOpeningHours_ShowsTheExpectedForm(string hours)
    {
        _folder.Write(File, Lyon.With("tuesday: 10:00-19:00", $"tuesday: {hours}"));

        ProblemAssert.At(_folder.SingleProblem(), File, 13, 16, "boutiques[0].hours.tuesday", $"expected opening hours like 10:00-19:00 (or \"closed\") but found \"{hours}\".");
    }

    [Fact]
    public void Load_ClosingBeforeOpening_ReportsBothTimes()
    {
        _folder.Write(File, Lyon.With("tuesday: 10:00-19:00", "tuesday: 19:00-10:00"));

        ProblemAssert.At(_folder.SingleProblem(), File, 13, 16, "boutiques[0].hours.tuesday", "closes at 10:00, before it opens at 19:00");
    }

    [Fact]
    public void Load_OverlappingRanges_ReportsTheLaterRange()
    {
        _folder.Write(File, Lyon.With("tuesday: 10:00-19:00", "tuesday: [13:00-19:00, 10:00-14:00]"));

        ProblemAssert.At(_folder.SingleProblem(), File, 13, 17, "boutiques[0].hours.tuesday[0]", "13:00-19:00 overlaps 10:00-14:00");
    }

    [Fact]
    public void Load_LunchBreak_IsNotAnOverlap()
    {
        _folder.Write(File, Lyon.With("tuesday: 10:00-19:00", "tuesday: [14:00-19:00, 10:00-12:30]"));

        var tuesday = _folder.Load().Boutiques[0].WeeklyHours[DayOfWeek.Tuesday];

        Assert.Equal(["10:00-12:30", "14:00-19:00"], tuesday.Select(r => r.ToString()));
    }

    [Fact]
    public void Load_UnknownDayName_SuggestsTheDayAndReportsItMissing()
    {
        _folder.Write(File, Lyon.With("tuesday: 10:00-19:00", "tusday: 10:00-19:00"));

        var problems = _folder.Problems();

        Assert.Equal(2, problems.Count);
        ProblemAssert.At(problems[0], File, 12, 7, "boutiques[0].hours.tuesday", "\"tuesday\" is missing: write \"tuesday: closed\" if the boutique does not open that day.");
        ProblemAssert.At(problems[1], File, 13, 7, "boutiques[0].hours.tusday", "unknown day \"tusday\": did you mean \"tuesday\"? write the days in English, from monday to sunday.");
    }

    [Fact]
    public void Load_FrenchDayName_AsksForEnglishDays()
    {
        _folder.Write(File, Lyon.With("      sunday: closed", "      sunday: closed\n      dimanche: closed"));

        ProblemAssert.At(_folder.SingleProblem(), File, 19, 7, "boutiques[0].hours.dimanche", "unknown day \"dimanche\": write the days in English, from monday to sunday.");
    }

    [Fact]
    public void Load_SameIdTwice_ReportsTheSecond()
    {
        _folder.Write(File, Lyon + "\n" + Lyon.With("boutiques:\n", string.Empty));

        ProblemAssert.At(_folder.SingleProblem(), File, 20, 9, "boutiques[1].id", "the boutique id \"lyon\" is already used at line 2");
    }

    [Fact]
    public void Load_UnknownTimeZone_AsksForAnIanaName()
    {
        _folder.Write(File, Lyon.With("time_zone: Europe/Paris", "time_zone: Paris"));

        ProblemAssert.At(_folder.SingleProblem(), File, 10, 16, "boutiques[0].time_zone", "unknown time zone \"Paris\": write an IANA name such as Europe/Paris.");
    }

    [Fact]
    public void Load_LatitudeOutOfRange_ReportsIt()
    {
        _folder.Write(File, Lyon.With("latitude: 45.75", "latitude: 145.75"));

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 30, "boutiques[0].coordinates.latitude", "a latitude is between -90 and 90 degrees (found 145.75).");
    }

    [Fact]
    public void Load_ClosureWithImpossibleDate_ShowsTheExpectedForm()
    {
        _folder.Write(File, Lyon.With("    tasting_seats_per_slot: 6", """
                closures:
                  - { date: 2026-13-25, reason: { fr: Noël, en: Christmas } }
                tasting_seats_per_slot: 6
            """));

        ProblemAssert.At(_folder.SingleProblem(), File, 20, 17, "boutiques[0].closures[0].date", "expected a date written year-month-day (like 2026-12-25) but found \"2026-13-25\".");
    }

    [Fact]
    public void Load_ClosureWithoutReason_NamesTheMissingField()
    {
        _folder.Write(File, Lyon.With("    tasting_seats_per_slot: 6", """
                closures:
                  - date: 2026-12-25
                tasting_seats_per_slot: 6
            """));

        ProblemAssert.At(_folder.SingleProblem(), File, 20, 9, "boutiques[0].closures[0].reason", "\"reason\" is missing.");
    }

    [Fact]
    public void Load_NegativeSeats_ReportsIt()
    {
        _folder.Write(File, Lyon.With("tasting_seats_per_slot: 6", "tasting_seats_per_slot: -1"));

        ProblemAssert.At(_folder.SingleProblem(), File, 19, 29, "boutiques[0].tasting_seats_per_slot", "the number of seats cannot be negative (found -1)");
    }
}
