using Majordome.Dialogs.Localization;
using Microsoft.Recognizers.Text;
using DateTimeModel = Microsoft.Recognizers.Text.DateTime.DateTimeModel;
using LibraryDateTimeRecognizer = Microsoft.Recognizers.Text.DateTime.DateTimeRecognizer;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Reads dates, times and periods from an answer, in French or English, with Microsoft.Recognizers.Text.DateTime,
/// and turns them into instants in the user's time zone. Pure and thread-safe (the library's models are shared,
/// immutable after construction).
/// </summary>
public static class DateTimeRecognizer
{
    private static readonly Lazy<DateTimeModel> French = new(() => (DateTimeModel)new LibraryDateTimeRecognizer(Culture.French).GetDateTimeModel());
    private static readonly Lazy<DateTimeModel> English = new(() => (DateTimeModel)new LibraryDateTimeRecognizer(Culture.English).GetDateTimeModel());

    /// <summary>
    /// Finds every date, time or period in <paramref name="text"/>, in the order they appear.
    /// <list type="bullet">
    /// <item>Relative words are read from <paramref name="now"/> as the user's wall clock in <paramref name="timeZone"/>
    /// ("demain" is the user's tomorrow, even when it is already tomorrow in UTC).</item>
    /// <item>A day and a time the library returns separately are joined: "demain soir à 20h" is tomorrow 20:00 (the
    /// library gives the evening 16:00–20:00 and 20:00 apart); in "demain soir à 8h" the 8 is 20:00.</item>
    /// <item>Of several readings the next to come wins: "samedi" said on a Sunday is next Saturday, said on a
    /// Saturday is today; "samedi à 15h" said on Saturday at 16:00 is next Saturday; "le 12 décembre" is the coming
    /// one; "20h" alone is today at 20:00, or tomorrow once 20:00 has passed; "8h" is 08:00 unless that has passed
    /// today, then 20:00. Anchored past expressions ("hier") stay in the past: validate them in the prompt.</item>
    /// <item>A date alone has <see cref="DateTimeResolution.HasTime"/> false and is local midnight. A period
    /// ("demain soir", "la semaine prochaine", "de 19h à 21h") has a <see cref="DateTimeResolution.End"/>.</item>
    /// <item>Offsets ("dans 2 heures", "in 30 minutes", "maintenant") are elapsed time from <paramref name="now"/>,
    /// right across a summer-time change. A wall-clock time skipped when clocks go forward (02:30 on the last
    /// Sunday of March in Paris) becomes 03:30; a time that happens twice in October is its first occurrence.</item>
    /// <item>Durations alone ("pendant 2 heures") and repetitions ("tous les lundis") are not returned. Seasons, the
    /// French year, next month and week-end, which the library misses or misreads ("ce week-end" is a whole month
    /// without a TIMEX in 1.8.13), come from <see cref="PeriodPhrases"/>.</item>
    /// </list>
    /// </summary>
    /// <param name="text">The user's answer; null, blank or longer than 250 characters gives an empty list.</param>
    /// <param name="language">"fr" or "en" (a locale such as "en-GB" works too); anything else is read as French.</param>
    /// <param name="now">The current instant (from an injected <see cref="TimeProvider"/>, never the machine's clock).</param>
    /// <param name="timeZone">The user's time zone, for example <c>TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")</c>.</param>
    /// <returns>The resolutions found, possibly none; each <see cref="DateTimeResolution.Value"/> carries the zone's offset at that date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public static IReadOnlyList<DateTimeResolution> Recognize(string? text, string language, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var prepared = RecognizerInput.Prepare(text);
        if (prepared is null)
        {
            return [];
        }

        using var timing = Diagnostics.RecognizerTiming.Start("datetime");
        var localNow = TimeZoneInfo.ConvertTime(now, timeZone);
        var reference = localNow.DateTime;
        var input = NamedDayPhrases.Rewrite(MomentPhrases.Rewrite(prepared, language), language, DateOnly.FromDateTime(reference));
        var model = RecognizerInput.CultureFor(language) == Culture.English ? English.Value : French.Value;
        var moments = model.Parse(input, reference).Select(LibraryMoment.From).OfType<LibraryMoment>().ToList();

        var resolutions = new List<DateTimeResolution>();
        foreach (var moment in MomentCombiner.Combine(moments, input, reference))
        {
            if (MomentChooser.Choose(moment, reference) is { } chosen)
            {
                resolutions.Add(ToResolution(chosen, moment.Relative, localNow, reference, timeZone));
            }
        }

        // Seasons, and the French year and next month, which the library misses or misreads: the period replaces any
        // period the library found, and a day or a time said with it stays ("cet été, un samedi à 15h").
        if (PeriodPhrases.Find(input, DateOnly.FromDateTime(reference)) is { } period && resolutions.All(r => r.End is not null || r.HasTime))
        {
            resolutions.RemoveAll(r => r.End is not null && !r.HasTime);
            resolutions.Insert(0, new DateTimeResolution(ZonedTime.ToInstant(period.Start, timeZone), ZonedTime.ToInstant(period.End, timeZone), period.Timex, HasTime: false));
        }

        return resolutions;
    }

    /// <summary>
    /// Builds the French and English date-time and number models by running one recognition in each language, on a
    /// sentence that goes through most of the library's extractors. The library builds them lazily: cold, the French
    /// model took about 4 s here and the English one about 0.5 s, and a short warm-up such as "demain soir à 20h"
    /// still left the first "je voudrais réserver une table" at about 1 s. Call this at start-up, not on a
    /// customer's first message. Safe to call more than once and from several threads.
    /// </summary>
    public static void WarmUp()
    {
        var now = new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero);
        _ = Recognize(
            "Je voudrais réserver une table pour quatre demain soir à 20h, samedi prochain à midi, le 12 décembre de 19h à 21h, dans deux heures ou la semaine prochaine.",
            Languages.French,
            now,
            TimeZoneInfo.Utc);
        _ = Recognize(
            "I'd like to book a table for four tomorrow evening at 8pm, next Saturday at noon, on December 12 from 7pm to 9pm, in two hours or next week.",
            Languages.English,
            now,
            TimeZoneInfo.Utc);
        NumberRecognizer.WarmUp();
    }

    private static DateTimeResolution ToResolution(LocalCandidate chosen, bool relative, DateTimeOffset localNow, DateTime reference, TimeZoneInfo zone)
    {
        if (relative)
        {
            var instant = TimeZoneInfo.ConvertTime(localNow + (chosen.Start - reference), zone);
            return new DateTimeResolution(instant, null, chosen.Timex, HasTime: true);
        }

        var end = chosen.End is { } e ? ZonedTime.ToInstant(e, zone) : (DateTimeOffset?)null;
        return new DateTimeResolution(ZonedTime.ToInstant(chosen.Start, zone), end, chosen.Timex, chosen.HasTime);
    }
}
