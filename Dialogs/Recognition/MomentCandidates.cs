using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>How an unanchored expression repeats, so that a past reading can be moved to the next occurrence.</summary>
internal enum Recurrence
{
    /// <summary>Anchored ("demain", "le 12 décembre 2026", "hier"): never moved.</summary>
    None,

    /// <summary>A time of day alone ("20h"): moves to tomorrow.</summary>
    Daily,

    /// <summary>A weekday ("samedi", timex XXXX-WXX-6): moves a week on.</summary>
    Weekly,

    /// <summary>A day of the year ("le 12 décembre", timex XXXX-12-12): moves a year on.</summary>
    Yearly,
}

/// <summary>A candidate reading in the user's wall-clock time.</summary>
internal readonly record struct LocalCandidate(DateTime Start, DateTime? End, bool HasTime, string Timex);

/// <summary>
/// The readings of one expression, in the library's order of preference, with how it recurs; relative ones ("dans 2
/// heures") are offsets from the reference time.
/// </summary>
internal sealed partial record MomentCandidates(IReadOnlyList<LocalCandidate> Candidates, Recurrence Recurrence, bool Relative)
{
    /// <summary>The readings of one library entity; <paramref name="reference"/> dates a time said alone.</summary>
    internal static MomentCandidates From(LibraryMoment moment, DateTime reference)
    {
        var candidates = new List<LocalCandidate>();
        foreach (var value in moment.Values)
        {
            if (Read(moment.Kind, value, reference.Date) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        // "09:30", "07h45": an hour written with its leading zero is a 24-hour clock, never the evening the library
        // also offers (at 16:00, "à 09:30" read as 21:30 today instead of 09:30 tomorrow).
        if (ZeroPaddedHour().Match(moment.Text) is { Success: true } padded && candidates.Count > 1)
        {
            var hour = int.Parse(padded.Groups["h"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (candidates.Where(c => c.HasTime && c.Start.Hour == hour).ToList() is { Count: > 0 } written)
            {
                candidates = written;
            }
        }

        var timex = moment.Values[0].Timex!;
        var relative = moment.Kind == MomentKind.DateTime
            && (timex == "PRESENT_REF" || (RelativeTimex().IsMatch(timex) && !ExplicitSeconds().IsMatch(moment.Text)));
        return new MomentCandidates(candidates, RecurrenceOf(moment.Kind, timex), relative);
    }

    /// <summary>How a timex recurs: XXXX-WXX-… weekly, XXXX-… yearly, a time alone daily.</summary>
    internal static Recurrence RecurrenceOf(MomentKind kind, string timex) => kind switch
    {
        MomentKind.Time or MomentKind.TimeRange => Recurrence.Daily,
        _ when timex.StartsWith("XXXX-WXX", StringComparison.Ordinal) => Recurrence.Weekly,
        _ when timex.StartsWith("XXXX-", StringComparison.Ordinal) => Recurrence.Yearly,
        _ => Recurrence.None,
    };

    private static LocalCandidate? Read(MomentKind kind, LibraryValue value, DateTime today)
    {
        var timex = value.Timex!;
        switch (kind)
        {
            case MomentKind.Date or MomentKind.DateTime:
                return LibraryMoment.ParseDateTime(value.Value) is { } instant
                    ? new LocalCandidate(instant, null, kind == MomentKind.DateTime, timex)
                    : null;
            case MomentKind.DateRange or MomentKind.DateTimeRange:
                return LibraryMoment.ParseDateTime(value.Start) is { } start
                    && LibraryMoment.ParseDateTime(value.End) is { } end
                    && EndAfter(start, end, timex) is { } orderedEnd
                    ? new LocalCandidate(start, orderedEnd, kind == MomentKind.DateTimeRange, timex)
                    : null;
            default:
                return ReadTimeOn(today, value);
        }
    }

    // "entre demain et samedi" (timex "(2026-11-29,XXXX-WXX-6,P-1D)"): the library may end a range with a past
    // occurrence of a weekday or date; it is moved to the next one after the start. A range that still ends before
    // it starts is dropped.
    private static DateTime? EndAfter(DateTime start, DateTime end, string timex)
    {
        if (end >= start)
        {
            return end;
        }

        var parts = timex.Trim('(', ')').Split(',');
        var recurrence = parts.Length == 3 ? RecurrenceOf(MomentKind.Date, parts[1]) : Recurrence.None;
        var moved = recurrence switch
        {
            Recurrence.Weekly => end.AddDays(7),
            Recurrence.Yearly => end.AddYears(1),
            _ => end,
        };
        return moved >= start ? moved : null;
    }

    /// <summary>A time or time range read on <paramref name="date"/>; a range ending before it starts ends the next day.</summary>
    internal static LocalCandidate? ReadTimeOn(DateTime date, LibraryValue value, string? timex = null)
    {
        timex ??= value.Timex!;
        if (LibraryMoment.ParseTime(value.Value) is { } time)
        {
            return new LocalCandidate(date + time, null, true, timex);
        }

        if (LibraryMoment.ParseTime(value.Start) is { } start && LibraryMoment.ParseTime(value.End) is { } end)
        {
            var endDate = end > start ? date : date.AddDays(1);
            return new LocalCandidate(date + start, endDate + end, true, timex);
        }

        return null;
    }

    // "dans 2 heures" resolves to a timex with seconds (2026-11-28T18:00:00), unlike a said time (2026-11-28T18).
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTimex();

    [GeneratedRegex(@"\d:\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitSeconds();

    [GeneratedRegex(@"(?<![\d:])(?<h>0\d)\s*[:hH.]\s*[0-5]\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroPaddedHour();
}
