using System.Globalization;

namespace Majordome.Cards.Localization;

/// <summary>
/// Money, dates and times as a customer reads them, in French or English: the one formatter of each kind, used by
/// the cards and by the dialogs' texts alike (one price format, one time format per language). Built from our own
/// label tables and fixed separators rather than CultureInfo, so output is the same on every machine (ICU or not)
/// and the card and its text fallback always agree.
/// </summary>
public static class CardFormat
{
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u202F" };
    private static readonly NumberFormatInfo EnglishNumbers = new() { NumberDecimalSeparator = ".", NumberGroupSeparator = "," };

    /// <summary>An amount in euros: "1 234,50 €" in French, "€1,234.50" in English.</summary>
    public static string Euros(decimal amount, string language) => CardLanguage.Normalize(language) == CardLanguage.French
        ? amount.ToString("N2", FrenchNumbers) + "\u00A0€"
        : (amount < 0 ? "-€" : "€") + Math.Abs(amount).ToString("N2", EnglishNumbers);

    /// <summary>A day: "samedi 14 juin 2025" / "Saturday 14 June 2025".</summary>
    public static string Date(DateOnly date, string language) =>
        $"{DayName(date.DayOfWeek, language)} {date.Day.ToString(CultureInfo.InvariantCulture)} {CardLabels.Get(language, "month." + date.Month.ToString(CultureInfo.InvariantCulture))} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A day of this year, without the year: "samedi 12 décembre" / "Saturday 12 December".</summary>
    public static string DayAndMonth(DateOnly date, string language) =>
        $"{DayName(date.DayOfWeek, language)} {date.Day.ToString(CultureInfo.InvariantCulture)} {CardLabels.Get(language, "month." + date.Month.ToString(CultureInfo.InvariantCulture))}";

    /// <summary>
    /// A day in a button's few characters: "sam. 12 déc." / "Sat 12 Dec". The month is spelt, never a number:
    /// "12/09" is 12 September in Paris and December 9 in New York.
    /// </summary>
    public static string ShortDay(DateOnly date, string language) =>
        $"{CardLabels.Get(language, "day.short." + date.DayOfWeek.ToString().ToLowerInvariant())} {date.Day.ToString(CultureInfo.InvariantCulture)} {CardLabels.Get(language, "month.short." + date.Month.ToString(CultureInfo.InvariantCulture))}";

    /// <summary>A time of day: "15:00" in French, "3:00 pm" in English.</summary>
    public static string Time(TimeOnly time, string language) => CardLanguage.Normalize(language) == CardLanguage.French
        ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
        : time.ToString("h:mm", CultureInfo.InvariantCulture) + (time.Hour < 12 ? " am" : " pm");

    /// <summary>A moment in its own offset's clock time: "samedi 14 juin 2025 à 15:00".</summary>
    public static string DateTime(DateTimeOffset moment, string language) =>
        $"{Date(DateOnly.FromDateTime(moment.DateTime), language)} {CardLabels.Get(language, "common.at")} {Time(TimeOnly.FromDateTime(moment.DateTime), language)}";

    /// <summary>A label followed by a colon, with French typography (a no-break space before the colon): "Total\u00A0:" / "Total:".</summary>
    public static string Colon(string label, string language) =>
        CardLanguage.Normalize(language) == CardLanguage.French ? label + "\u00A0:" : label + ":";

    /// <summary>The name of a day of the week: "lundi" / "Monday".</summary>
    public static string DayName(DayOfWeek day, string language) =>
        CardLabels.Get(language, "day." + day.ToString().ToLowerInvariant());
}
