using Majordome.Bot.Content;
using Majordome.Bot.Content.Yaml;

namespace Majordome.Bot.Team.Hours;

/// <summary>
/// Reads brand/team.yaml: the time zone, the week's hours (each day "closed", one range or several, as a boutique's)
/// and the closures (public holidays). A mistake is reported with the file, line and field, like every brand file.
/// The file is optional: without it the team is taken to be always there, as before it existed.
/// </summary>
internal static class TeamScheduleReader
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "team.yaml";

    private static readonly string[] TopKeys = ["time_zone", "hours", "closures"];

    /// <summary>The schedule of <paramref name="directory"/>, or null when it has no team.yaml.</summary>
    /// <exception cref="BrandContentException">The file has mistakes; every one is listed.</exception>
    public static TeamSchedule? Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!File.Exists(Path.Combine(directory, FileName)))
        {
            return null;
        }

        var file = new SourceFile(FileName);
        var schedule = YamlSource.Load(directory, file) is { } root ? Read(root) : null;
        return file.Problems.Count > 0 || schedule is null ? throw new BrandContentException(directory, file.Problems) : schedule;
    }

    private static TeamSchedule? Read(YamlValue root)
    {
        var top = root.AsMapping();
        if (top is null)
        {
            return null;
        }

        top.AllowOnly(TopKeys);
        var zone = ReadTimeZone(top.Required("time_zone", "\"time_zone\" is missing: write the zone the hours are in, such as Europe/Paris."));
        var week = WeeklyHoursReader.Read(top.Required("hours", "\"hours\" is missing: write the team's hours from monday to sunday, like 09:00-18:00 or \"closed\"."));
        var closures = ClosuresReader.Read(top.Optional("closures"));
        if (week is not null && week.Values.All(ranges => ranges.Count == 0))
        {
            top.Required("hours")!.Report("every day is closed: a customer would be told the team never answers. Give the team at least one day.");
            return null;
        }

        return zone is null || week is null || closures is null ? null : new TeamSchedule(zone, week, closures);
    }

    private static string? ReadTimeZone(YamlValue? value)
    {
        var id = value?.AsText();
        return id is null || TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
            ? id
            : value!.Report<string>($"unknown time zone \"{id}\": use an IANA name such as Europe/Paris.");
    }
}
