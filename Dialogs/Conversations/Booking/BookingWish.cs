using System.Text.RegularExpressions;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// When the customer said they want to come, split into what was said: a whole slot ("demain à 15h"), a day
/// without a time ("samedi"), or a time without a day ("à 15h"). Each part said is kept by the booking flow, so
/// only what is missing or impossible is asked again.
/// </summary>
/// <param name="Start">A day and a time, as said.</param>
/// <param name="Day">A day said without a time, on the customer's calendar.</param>
/// <param name="Time">A time said without a day, on the customer's clock.</param>
/// <param name="Period">Several days said without a day among them ("next week", "this month", "in the spring").</param>
/// <param name="DayPart">
/// A part of the day ("dans la matinée", "sunday afternoon"): the library's code (MO, MI, AF, EV, NI, DT), named back
/// when the day is asked, and the day's free times offered within it.
/// </param>
/// <param name="Soonest">
/// "As soon as possible", "maintenant", "tout de suite": the first free times are offered. Read as the present
/// instant, the wish was refused as "already passed" and, at the date question, asked again for ever.
/// </param>
public sealed partial record BookingWish(DateTimeOffset? Start, DateOnly? Day, TimeOnly? Time, BookingPeriod? Period = null, string? DayPart = null, bool Soonest = false)
{
    // Normalized (see TextNormalizer): "ce soir", "tonight" name today in words the recognizer folds into the time.
    private static readonly string[] TodayWords =
    [
        "ce soir", "aujourd hui", "cet apres midi", "ce midi", "tonight", "today", "this evening", "this afternoon",
    ];

    /// <summary>Nothing said about when.</summary>
    public static BookingWish None { get; } = new(null, null, null);

    /// <summary>The wish in the first of <paramref name="moments"/>: a slot, a day, a time, a period of several days ("ce week-end", "next month"), or <see cref="None"/>.</summary>
    /// <param name="moments">The moments the message names, in the order said.</param>
    /// <param name="text">
    /// The message: "ce soir à 20h" names today, although the recognizer writes it as a time alone ("T20").
    /// </param>
    public static BookingWish From(IReadOnlyList<DateTimeResolution>? moments, string? text = null)
    {
        if (moments is not { Count: > 0 })
        {
            return None;
        }

        // The recognizer writes a time said alone as "T15" and still resolves it to its next occurrence: the
        // customer did not choose that day, so it is asked rather than guessed. "La semaine prochaine" is several
        // days and names no day in particular.
        var moment = moments[0];
        if (IsSoonest(moment))
        {
            return new BookingWish(null, null, null, Soonest: true);
        }

        if (IsPartOfDay(moment))
        {
            // "samedi après-midi", "ce soir", "tomorrow morning" name a day but no time (the library starts them at
            // 08:00, 12:00 or 16:00, which nobody said); "l'après-midi" alone names no day, and is named back when
            // the day is asked.
            return moment.Timex.StartsWith('T') && !NamesToday(text)
                ? new BookingWish(null, null, null, DayPart: PartOfDay().Match(moment.Timex).Groups["part"].Value)
                : new BookingWish(null, DateOnly.FromDateTime(moment.Value.DateTime), null, DayPart: PartOfDay().Match(moment.Timex).Groups["part"].Value);
        }

        return IsTimeOnly(moment) && !NamesToday(text) ? new BookingWish(null, null, TimeOnly.FromDateTime(moment.Value.DateTime))
            : moment.HasTime ? new BookingWish(moment.Value, null, null)
            : IsDayOnly(moment) ? new BookingWish(null, DateOnly.FromDateTime(moment.Value.DateTime), null)
            : moment.End is { } end ? new BookingWish(null, null, null, BookingPeriod.Between(moment.Value, end))
            : None;
    }

    /// <summary>Whether anything was said about when.</summary>
    public bool SaysWhen => Start is not null || Day is not null || Time is not null || Period is not null || DayPart is not null || Soonest;

    /// <summary>Whether <paramref name="moment"/> is "now" or "as soon as possible": the present, not a slot.</summary>
    public static bool IsSoonest(DateTimeResolution moment)
    {
        ArgumentNullException.ThrowIfNull(moment);
        return moment.Timex == "PRESENT_REF";
    }

    /// <summary>Whether <paramref name="moment"/> is a time of day said without a date ("15h", "at 3pm").</summary>
    public static bool IsTimeOnly(DateTimeResolution moment)
    {
        ArgumentNullException.ThrowIfNull(moment);
        return moment.HasTime && moment.Timex.StartsWith('T');
    }

    /// <summary>Whether <paramref name="moment"/> is a single day said without a time ("samedi", "tomorrow").</summary>
    public static bool IsDayOnly(DateTimeResolution moment)
    {
        ArgumentNullException.ThrowIfNull(moment);
        return !moment.HasTime && (moment.End is not { } end || end - moment.Value <= TimeSpan.FromDays(1));
    }

    /// <summary>The hours of a part of the day (the library's code), from its start to its end: free times are offered within them.</summary>
    public static (TimeOnly From, TimeOnly To)? Hours(string? dayPart) => dayPart switch
    {
        "MO" => (new TimeOnly(6, 0), new TimeOnly(12, 0)),
        "MI" => (new TimeOnly(11, 30), new TimeOnly(14, 0)),
        "AF" => (new TimeOnly(12, 0), new TimeOnly(18, 0)),
        "EV" or "NI" => (new TimeOnly(17, 0), new TimeOnly(23, 59)),
        _ => null,
    };

    /// <summary>Whether <paramref name="moment"/> is a part of a day ("samedi après-midi", "ce soir", "in the morning"), a period without a time.</summary>
    public static bool IsPartOfDay(DateTimeResolution moment)
    {
        ArgumentNullException.ThrowIfNull(moment);
        return moment.End is not null && PartOfDay().IsMatch(moment.Timex);
    }

    [GeneratedRegex(@"T(?<part>MO|MI|AF|EV|NI|DT)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfDay();

    private static bool NamesToday(string? text)
    {
        var normalized = " " + TextNormalizer.Normalize(text) + " ";
        return TodayWords.Any(w => normalized.Contains($" {w} ", StringComparison.Ordinal));
    }
}
