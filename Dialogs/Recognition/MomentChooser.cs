namespace Majordome.Dialogs.Recognition;

/// <summary>Picks the reading a customer means among the library's candidates: the next one to come. Pure and thread-safe.</summary>
internal static class MomentChooser
{
    /// <summary>
    /// The first candidate not yet over at <paramref name="reference"/> (a date counts until its end, so "samedi" said
    /// on a Saturday is today); when all are over, the first one moved to its next occurrence (a week for a weekday,
    /// a year for a day of the year, a day for a time alone: "samedi à 15h" said on Saturday at 16:00 is next
    /// Saturday); when the expression is anchored ("hier"), the last candidate, even past. Null when there is none.
    /// </summary>
    internal static LocalCandidate? Choose(MomentCandidates moment, DateTime reference)
    {
        foreach (var candidate in moment.Candidates)
        {
            if (moment.Relative || IsUpcoming(candidate, reference))
            {
                return candidate;
            }
        }

        if (moment.Recurrence == Recurrence.None)
        {
            return moment.Candidates.Count > 0 ? moment.Candidates[^1] : null;
        }

        foreach (var candidate in moment.Candidates)
        {
            var next = Shift(candidate, moment.Recurrence);
            if (IsUpcoming(next, reference))
            {
                return next;
            }
        }

        return moment.Candidates.Count > 0 ? Shift(moment.Candidates[^1], moment.Recurrence) : null;
    }

    private static bool IsUpcoming(LocalCandidate candidate, DateTime reference) => candidate.HasTime
        ? (candidate.End ?? candidate.Start) >= reference
        : (candidate.End ?? candidate.Start.AddDays(1)) > reference.Date;

    private static LocalCandidate Shift(LocalCandidate candidate, Recurrence recurrence)
    {
        DateTime Move(DateTime value) => recurrence switch
        {
            Recurrence.Daily => value.AddDays(1),
            Recurrence.Weekly => value.AddDays(7),
            Recurrence.Yearly => value.AddYears(1),
            _ => value,
        };

        return candidate with { Start = Move(candidate.Start), End = candidate.End is { } end ? Move(end) : null };
    }
}
