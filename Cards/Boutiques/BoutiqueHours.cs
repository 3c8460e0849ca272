using Majordome.Cards.Localization;

namespace Majordome.Cards.Boutiques;

/// <summary>Opening hours as sentences: one day's periods, the week, and whether the boutique is open right now.</summary>
internal static class BoutiqueHours
{
    /// <summary>The week as European customers read it, Monday first.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>"10:00–13:00, 14:00–19:00", or "Fermé" on a day without periods.</summary>
    public static string Day(IReadOnlyList<OpeningHours> hours, DayOfWeek day, string language)
    {
        var periods = hours.Where(h => h.Day == day).OrderBy(h => h.Opens).ToList();
        return periods.Count == 0
            ? CardLabels.Get(language, "location.closed")
            : string.Join(", ", periods.Select(p => $"{CardFormat.Time(p.Opens, language)}–{CardFormat.Time(p.Closes, language)}"));
    }

    public static bool IsOpen(IReadOnlyList<OpeningHours> hours, DateTimeOffset localNow)
    {
        var time = TimeOnly.FromDateTime(localNow.DateTime);
        return hours.Any(h => h.Day == localNow.DayOfWeek && h.Opens <= time && time < h.Closes);
    }

    /// <summary>"Lundi" from "lundi": a day name starting a line.</summary>
    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
