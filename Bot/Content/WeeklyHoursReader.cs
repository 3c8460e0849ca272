using System.Globalization;
using System.Text.RegularExpressions;
using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>
/// Reads a boutique's weekly hours: each of the seven days, in English, is "closed", one range such as
/// 10:00-19:00, or a list of ranges for a lunch break. Every day must be written, so that a forgotten day is
/// a reported mistake rather than a silent closure.
/// </summary>
internal static partial class WeeklyHoursReader
{
    private static readonly Dictionary<string, DayOfWeek> Days = new()
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>The hours of each day, or null when a problem was reported.</summary>
    public static IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningRange>>? Read(YamlValue? value)
    {
        var map = value?.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(Days.Keys, UnknownDay);
        var week = new Dictionary<DayOfWeek, IReadOnlyList<OpeningRange>>();
        foreach (var (name, day) in Days)
        {
            var ranges = ReadDay(map.Required(name, $"\"{name}\" is missing: write \"{name}: closed\" if the boutique does not open that day."));
            if (ranges is not null)
            {
                week[day] = ranges;
            }
        }

        return week.Count == Days.Count ? week : null;
    }

    private static string UnknownDay(string key)
    {
        var guess = KeySuggestion.Closest(key, Days.Keys);
        var hint = guess is null ? string.Empty : $"did you mean \"{guess}\"? ";
        return $"unknown day \"{key}\": {hint}write the days in English, from monday to sunday.";
    }

    private static IReadOnlyList<OpeningRange>? ReadDay(YamlValue? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text }
            && string.Equals(text.Trim(), "closed", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var items = value.AsList();
        if (items is null)
        {
            return null;
        }

        var ranges = items.Select(i => (Range: ReadRange(i), At: i)).ToList();
        if (ranges.Count == 0 || ranges.Any(r => r.Range is null))
        {
            return ranges.Count == 0 ? value.Report<IReadOnlyList<OpeningRange>>("write opening hours like 10:00-19:00, or \"closed\".") : null;
        }

        var sorted = ranges.OrderBy(r => r.Range!.Opens).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Range!.Opens < sorted[i - 1].Range!.Closes)
            {
                sorted[i].At.Report($"{sorted[i].Range} overlaps {sorted[i - 1].Range}: the ranges of one day must not overlap.");
                return null;
            }
        }

        return [.. sorted.Select(r => r.Range!)];
    }

    private static OpeningRange? ReadRange(YamlValue item)
    {
        var text = item.AsText();
        if (text is null)
        {
            return null;
        }

        var match = RangePattern().Match(text);
        if (!match.Success
            || !TimeOnly.TryParseExact(match.Groups[1].Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
            || !TimeOnly.TryParseExact(match.Groups[2].Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes))
        {
            return item.Report<OpeningRange>($"expected opening hours like 10:00-19:00 (or \"closed\") but found \"{text}\".");
        }

        return closes > opens
            ? new OpeningRange(opens, closes)
            : item.Report<OpeningRange>($"closes at {closes:HH\\:mm}, before it opens at {opens:HH\\:mm}: write the opening time first, like 10:00-19:00.");
    }

    [GeneratedRegex(@"^\s*([0-9]{1,2}:[0-9]{2})\s*-\s*([0-9]{1,2}:[0-9]{2})\s*$")]
    private static partial Regex RangePattern();
}
