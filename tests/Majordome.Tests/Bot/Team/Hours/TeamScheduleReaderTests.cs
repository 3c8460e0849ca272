using Majordome.Bot.Content;
using Majordome.Bot.Team.Hours;
using Majordome.Tests.Bot.Content;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Team.Hours;

/// <summary>brand/team.yaml: read like the boutiques' hours; a mistake names the file, the line and the field.</summary>
public sealed class TeamScheduleReaderTests : IDisposable
{
    private const string Week = """
        time_zone: Europe/Paris
        hours:
          monday: 09:00-18:00
          tuesday: 09:00-18:00
          wednesday: [09:00-12:30, 13:30-18:00]
          thursday: 09:00-18:00
          friday: 09:00-18:00
          saturday: 10:00-17:00
          sunday: closed
        closures:
          - date: 2026-12-25
            reason: { fr: Noël, en: Christmas Day }
        """;

    private readonly TempBrandFolder _folder = new();

    [Fact]
    public void Load_AValidFile_ReadsTheZoneTheWeekAndTheClosures()
    {
        _folder.Write("team.yaml", Week);

        var schedule = TeamScheduleReader.Load(_folder.Directory)!;

        Assert.Equal("Europe/Paris", schedule.TimeZoneId);
        Assert.Equal(2, schedule.WeeklyHours[DayOfWeek.Wednesday].Count);
        Assert.Empty(schedule.WeeklyHours[DayOfWeek.Sunday]);
        Assert.Empty(schedule.HoursOn(new DateOnly(2026, 12, 25)));
    }

    [Fact]
    public void Load_NoFile_IsNoSchedule()
    {
        Assert.Null(TeamScheduleReader.Load(_folder.Directory));
    }

    [Fact]
    public void Load_ATimeWrittenTheFrenchWay_NamesTheLineAndTheDay()
    {
        _folder.Write("team.yaml", Week.Replace("thursday: 09:00-18:00", "thursday: 9h-18h", StringComparison.Ordinal));

        var problem = Assert.Single(Assert.Throws<BrandContentException>(() => TeamScheduleReader.Load(_folder.Directory)).Problems);

        ProblemAssert.At(problem, "team.yaml", 6, 13, "hours.thursday", "expected opening hours like 10:00-19:00");
    }

    [Fact]
    public void Load_AnUnknownZoneAndAForgottenDay_AreBothReported()
    {
        _folder.Write("team.yaml", Week.Replace("Europe/Paris", "Europe/Pariss", StringComparison.Ordinal).Replace("  friday: 09:00-18:00\n", string.Empty, StringComparison.Ordinal));

        var problems = Assert.Throws<BrandContentException>(() => TeamScheduleReader.Load(_folder.Directory)).Problems;

        Assert.Equal(2, problems.Count);
        ProblemAssert.At(problems[0], "team.yaml", 1, 12, "time_zone", "unknown time zone \"Europe/Pariss\"");
        Assert.Contains("\"friday\" is missing", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EveryDayClosed_IsAMistake_NotATeamThatNeverAnswers()
    {
        var closed = string.Join('\n', ["time_zone: Europe/Paris", "hours:", .. new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }.Select(d => $"  {d}: closed")]);
        _folder.Write("team.yaml", closed);

        var problem = Assert.Single(Assert.Throws<BrandContentException>(() => TeamScheduleReader.Load(_folder.Directory)).Problems);

        Assert.Equal(("team.yaml", "hours"), (problem.File, problem.Field));
        Assert.Contains("every day is closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedTeamFile_Loads()
    {
        Assert.NotNull(TeamScheduleReader.Load(Path.Combine(RepositoryRoot.Path, "brand")));
    }

    public void Dispose() => _folder.Dispose();
}
