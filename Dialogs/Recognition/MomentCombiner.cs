using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Joins a date and a time the library returned as two entities ("demain soir" + "20h" in "demain soir à 20h") into
/// one date-time. Pure and thread-safe.
/// </summary>
internal static partial class MomentCombiner
{
    private const int MaxGapWordLength = 6;

    /// <summary>The expressions of an utterance, with each adjacent date and time joined.</summary>
    internal static IReadOnlyList<MomentCandidates> Combine(IReadOnlyList<LibraryMoment> moments, string text, DateTime reference)
    {
        var combined = new List<MomentCandidates>();
        for (var i = 0; i < moments.Count; i++)
        {
            if (i + 1 < moments.Count && TryJoin(moments[i], moments[i + 1], text) is { } joined)
            {
                combined.Add(joined);
                i++;
                continue;
            }

            combined.Add(MomentCandidates.From(moments[i], reference));
        }

        return combined;
    }

    private static MomentCandidates? TryJoin(LibraryMoment first, LibraryMoment second, string text)
    {
        var (date, time) = IsDay(first) && IsTime(second) ? (first, second)
            : IsDay(second) && IsTime(first) ? (second, first)
            : (null, null);
        if (date is null || time is null || !IsShortGap(text, first.End + 1, second.Start))
        {
            return null;
        }

        var candidates = new List<LocalCandidate>();
        foreach (var day in date.Values)
        {
            var dayStart = LibraryMoment.ParseDateTime(day.Value ?? day.Start);
            if (dayStart is null)
            {
                continue;
            }

            foreach (var hour in time.Values)
            {
                var timex = DatePart(day.Timex!) + hour.Timex;
                if (MomentCandidates.ReadTimeOn(dayStart.Value.Date, hour, timex) is { } candidate)
                {
                    candidates.Add(candidate);
                }
            }
        }

        // "demain soir à 8h": of 08:00 and 20:00, the time inside the evening comes first.
        var ranges = date.Values.Select(v => (Start: LibraryMoment.ParseDateTime(v.Start), End: LibraryMoment.ParseDateTime(v.End)))
            .Where(r => r.Start is not null && r.End is not null)
            .ToList();
        var ordered = candidates.OrderBy(c => ranges.Count == 0 || ranges.Any(r => c.Start >= r.Start && c.Start <= r.End) ? 0 : 1).ToList();
        return new MomentCandidates(ordered, MomentCandidates.RecurrenceOf(date.Kind, date.Values[0].Timex!), Relative: false);
    }

    // A day alone, or a part of a day ("demain soir": timex 2026-11-29TEV).
    private static bool IsDay(LibraryMoment moment) =>
        moment.Kind == MomentKind.Date
        || (moment.Kind == MomentKind.DateTimeRange && PartOfDay().IsMatch(moment.Values[0].Timex!));

    private static bool IsTime(LibraryMoment moment) => moment.Kind is MomentKind.Time or MomentKind.TimeRange;

    // At most one short word between them: "demain soir à 20h", "samedi, vers 20h", "tomorrow evening at 8".
    private static bool IsShortGap(string text, int from, int to)
    {
        if (from < 0 || to < from || to > text.Length)
        {
            return false;
        }

        var words = GapWord().Matches(text[from..to]);
        return words.Count == 0 || (words.Count == 1 && words[0].Length <= MaxGapWordLength);
    }

    private static string DatePart(string timex)
    {
        var t = timex.IndexOf('T', StringComparison.Ordinal);
        return t < 0 ? timex : timex[..t];
    }

    [GeneratedRegex(@"T(MO|MI|AF|EV|NI|DT)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex GapWord();
}
