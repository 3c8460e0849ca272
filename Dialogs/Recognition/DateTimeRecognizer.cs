using System.Globalization;
using Majordome.Dialogs.Localization;
using Microsoft.Recognizers.Text;
using Library = Microsoft.Recognizers.Text.DateTime.DateTimeRecognizer;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Dates and times in natural French or English through Microsoft.Recognizers.Text, resolved against the user's
/// clock and time zone. The library returns "demain soir à 20h" as a range ("demain soir") plus a separate time
/// ("20h"): they are combined into one instant. When it offers a past and a future reading ("samedi"), the
/// future one wins. Results are DST-aware instants in the user's zone.
/// </summary>
public static class DateTimeRecognizer
{
    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Runs one recognition per language: the first call builds the library's expressions (about a second).</summary>
    public static void WarmUp()
    {
        var now = DateTimeOffset.UtcNow;
        var paris = TimeZoneInfo.FindSystemTimeZoneById(TurnTimeZone.Fallback);
        Recognize("demain à 20h", Languages.French, now, paris);
        Recognize("tomorrow at 8pm", Languages.English, now, paris);
    }

    /// <summary>The moments named in <paramref name="text"/>, best first; empty when there are none.</summary>
    public static IReadOnlyList<DateTimeResolution> Recognize(string? text, string language, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return [];
        }

        var localNow = TimeZoneInfo.ConvertTime(now, timeZone).DateTime;
        var results = Library.RecognizeDateTime(text, RecognizerCulture.For(language), refTime: localNow);
        var readings = results.Select(r => Read(r, localNow)).OfType<Reading>().ToList();
        if (readings.Count == 0)
        {
            return [];
        }

        var combined = Combine(readings);
        return combined.Select(r => new DateTimeResolution(
            ToInstant(r.Start, timeZone), r.End is { } end ? ToInstant(end, timeZone) : null, r.Timex, r.HasTime)).ToList();
    }

    /// <summary>A date or range without a precise time followed or preceded by a time: one instant.</summary>
    private static List<Reading> Combine(List<Reading> readings)
    {
        var time = readings.FirstOrDefault(r => r.Kind == "time");
        var day = readings.FirstOrDefault(r => r.Kind is "date" or "daterange" or "datetimerange");
        if (time is not null && day is not null)
        {
            var start = day.Start.Date + time.Start.TimeOfDay;
            var merged = new Reading("datetime", start, null, $"{day.Timex}{time.Timex}", HasTime: true);
            return [merged, .. readings.Where(r => r != time && r != day)];
        }

        // Precise readings first: a datetime beats a range, a range beats a time alone.
        return [.. readings.OrderBy(r => r.Kind switch { "datetime" => 0, "date" => 1, "time" => 3, _ => 2 })];
    }

    private static Reading? Read(ModelResult result, DateTime localNow)
    {
        var kind = result.TypeName.Replace("datetimeV2.", string.Empty, StringComparison.Ordinal);
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
        {
            return null;
        }

        var readings = values.Select(v => Parse(kind, v, localNow)).OfType<Reading>().ToList();

        // Past and future readings of the same words: the customer means the coming one.
        return readings.Where(r => (r.End ?? r.Start) >= localNow).OrderBy(r => r.Start).FirstOrDefault()
            ?? readings.OrderByDescending(r => r.Start).FirstOrDefault();
    }

    private static Reading? Parse(string kind, Dictionary<string, string> value, DateTime localNow)
    {
        var timex = value.GetValueOrDefault("timex") ?? string.Empty;
        switch (kind)
        {
            case "datetime" when TryParse(value.GetValueOrDefault("value"), out var instant):
                return new Reading(kind, instant, null, timex, HasTime: true);
            case "date" when TryParse(value.GetValueOrDefault("value"), out var date):
                return new Reading(kind, date.Date, null, timex, HasTime: false);
            case "time" when TimeSpan.TryParse(value.GetValueOrDefault("value"), CultureInfo.InvariantCulture, out var timeOfDay):
                var today = localNow.Date + timeOfDay;
                return new Reading(kind, today, null, timex, HasTime: true);
            case "datetimerange" or "daterange" when TryParse(value.GetValueOrDefault("start"), out var start):
                DateTime? end = TryParse(value.GetValueOrDefault("end"), out var e) ? e : null;
                return new Reading(kind, start, end, timex, HasTime: false);
            default:
                return null;
        }
    }

    private static bool TryParse(string? text, out DateTime value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        return DateTime.TryParseExact(text, DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            || DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>A wall-clock time in the zone; times skipped by a DST change move forward, repeated ones take the first.</summary>
    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private sealed record Reading(string Kind, DateTime Start, DateTime? End, string Timex, bool HasTime);
}
