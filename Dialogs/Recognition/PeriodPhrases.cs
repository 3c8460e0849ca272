using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Periods of several days that the date-time library (1.8.13) misses or misreads: seasons in both languages ("next
/// spring", "cet hiver", "au printemps"), the French year, month and week-end ("l'année prochaine", "cette année" gave
/// nothing; "le mois prochain" gave the current month; "ce week-end" a whole month without a TIMEX). Seasons are the
/// meteorological ones of the northern hemisphere (spring is March to May): a booking needs a stretch of days to
/// offer, not an astronomical instant. A season already over this year is the coming one. Pure and thread-safe.
/// </summary>
internal static partial class PeriodPhrases
{
    private enum Which
    {
        This,
        Next,
    }

    /// <summary>The first period named in <paramref name="text"/>, from the first day to the day after the last (local midnights), or null.</summary>
    /// <param name="text">The prepared message.</param>
    /// <param name="today">The customer's today.</param>
    internal static (DateTime Start, DateTime End, string Timex)? Find(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = " " + TextNormalizer.Normalize(text) + " ";
        var thisYear = ThisYear().IsMatch(normalized);
        if (thisYear || NextYear().IsMatch(normalized))
        {
            var value = today.Year + (thisYear ? 0 : 1);
            return (new DateTime(value, 1, 1), new DateTime(value + 1, 1, 1), value.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (NextMonth().IsMatch(normalized))
        {
            var first = new DateTime(today.Year, today.Month, 1).AddMonths(1);
            return (first, first.AddMonths(1), first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (WeekEnd().Match(normalized) is { Success: true } weekEnd)
        {
            // "ce week-end" on a Sunday is today; "le week-end prochain" on a Saturday is the next one.
            var saturday = today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7);
            var first = today.DayOfWeek == DayOfWeek.Sunday ? today : saturday;
            if (weekEnd.Groups["next"].Success && today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                first = today.AddDays(today.DayOfWeek == DayOfWeek.Saturday ? 7 : 6);
            }

            var last = first.DayOfWeek == DayOfWeek.Sunday ? first : first.AddDays(1);
            var start = first.ToDateTime(TimeOnly.MinValue);
            return (start, last.AddDays(1).ToDateTime(TimeOnly.MinValue), $"{start:yyyy-MM-dd}/WE");
        }

        if (Season().Match(normalized) is { Success: true } season)
        {
            var firstMonth = season.Groups["season"].Value switch
            {
                "spring" or "printemps" => 3,
                "summer" or "ete" => 6,
                "autumn" or "fall" or "automne" => 9,
                _ => 12,
            };
            var which = IsNext(season.Groups["which"].Value) || IsNext(season.Groups["after"].Value) ? Which.Next : Which.This;
            var start = SeasonStart(firstMonth, today, which);
            var code = firstMonth switch { 3 => "SP", 6 => "SU", 9 => "FA", _ => "WI" };
            return (start, start.AddMonths(3), $"{start.Year:D4}-{code}");
        }

        return null;
    }

    private static bool IsNext(string word) => word is "next" or "prochain" or "prochaine";

    // "this winter" in November is the one starting in December; "this spring" in November is next year's; "next
    // spring" in February is the one after the spring about to start.
    private static DateTime SeasonStart(int firstMonth, DateOnly today, Which which)
    {
        var start = new DateTime(today.Year, firstMonth, 1);
        var inProgressOrComing = start.AddMonths(3) > today.ToDateTime(TimeOnly.MinValue) ? start : start.AddYears(1);
        if (firstMonth == 12 && today.Month <= 2)
        {
            // January and February belong to the winter that started in last December.
            inProgressOrComing = new DateTime(today.Year - 1, 12, 1);
        }

        var started = inProgressOrComing <= today.ToDateTime(TimeOnly.MinValue);
        return which == Which.Next && started ? inProgressOrComing.AddYears(1) : inProgressOrComing;
    }

    // Normalized text: no accents, apostrophes as spaces.
    [GeneratedRegex(@" (?:annee prochaine|an prochain|next year) ", RegexOptions.CultureInvariant)]
    private static partial Regex NextYear();

    [GeneratedRegex(@" (?:cette annee|this year) ", RegexOptions.CultureInvariant)]
    private static partial Regex ThisYear();

    // "ce week-end", "le weekend prochain", "this weekend", "next weekend" (the library's French one is a month).
    [GeneratedRegex(@" (?:ce|le|du|pour le|this|the|(?<next>next)) (?:week end|weekend)(?<next> prochain)? ", RegexOptions.CultureInvariant)]
    private static partial Regex WeekEnd();

    [GeneratedRegex(@" (?:le |du |au )?mois prochain ", RegexOptions.CultureInvariant)]
    private static partial Regex NextMonth();

    [GeneratedRegex(@" (?<which>this|next|cet|cette|ce|le|l|au|en|in the|in|during the|over the) (?<season>spring|summer|autumn|fall|winter|printemps|ete|automne|hiver)(?: (?<after>prochain|prochaine|next))? ", RegexOptions.CultureInvariant)]
    private static partial Regex Season();
}
