using System.Globalization;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// How a slot is written to the customer: a short button title, and the button's value as a sentence the
/// date-time recognizer reads back ("samedi 28 novembre à 15h30"), so clicking a proposed slot answers the
/// question exactly as typing it would.
/// </summary>
public static class SlotText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"sam. 28/11 15h30" / "Sat 28/11 3:30pm": fits a quick reply.</summary>
    public static string Title(DateTimeOffset slot, string language) => language == Languages.English
        ? $"{slot.ToString("ddd dd/MM", English)} {slot.ToString("h:mmtt", English).ToLowerInvariant()}"
        : $"{slot.ToString("ddd dd/MM", French)} {Hour(slot)}";

    /// <summary>"samedi 28 novembre à 15h30" / "Saturday 28 November at 3:30pm".</summary>
    public static string Sentence(DateTimeOffset slot, string language) => language == Languages.English
        ? $"{slot.ToString("dddd d MMMM", English)} at {slot.ToString("h:mmtt", English).ToLowerInvariant()}"
        : $"{slot.ToString("dddd d MMMM", French)} à {Hour(slot)}";

    /// <summary>"jeudi 26 novembre" / "Thursday 26 November": a day said without a time.</summary>
    public static string Day(DateOnly day, string language) =>
        day.ToString("dddd d MMMM", language == Languages.English ? English : French);

    /// <summary>"15h30" / "3:30pm": a time said without a day.</summary>
    public static string Time(TimeOnly time, string language) => language == Languages.English
        ? time.ToString("h:mmtt", English).ToLowerInvariant()
        : Hour(time.Hour, time.Minute);

    private static string Hour(DateTimeOffset slot) => Hour(slot.Hour, slot.Minute);

    private static string Hour(int hour, int minute) => minute == 0 ? $"{hour}h" : $"{hour}h{minute:00}";
}
