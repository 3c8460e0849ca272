using System.Globalization;
using Majordome.Cards.Localization;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Conversations.Team;

/// <summary>
/// When the team will answer, said the way a person would: "aujourd'hui à 14 h", "demain à 9 h", "lundi à 9 h 30",
/// "le jeudi 7 janvier à 9 h" / "today at 2 pm", "tomorrow at 9 am", "on Monday at 9:30 am". Days are counted in
/// the team's time zone, so 23:00 on Friday in Paris says "demain" for Saturday's opening.
/// </summary>
public static class TeamAnswerTime
{
    /// <summary>The phrase for <paramref name="availability"/>; "dès que possible" / "as soon as possible" when no opening is known.</summary>
    public static string Phrase(TeamAvailability availability, string language, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(localizer);
        if (availability.OpensAt is not { } opens)
        {
            return localizer.GetPlain(language, "team.when.soon");
        }

        var today = DateOnly.FromDateTime(availability.Now.DateTime);
        var day = DateOnly.FromDateTime(opens.DateTime);
        var time = Hour(TimeOnly.FromDateTime(opens.DateTime), language);
        var days = day.DayNumber - today.DayNumber;
        return days switch
        {
            0 => localizer.GetPlain(language, "team.when.today", new { time }),
            1 => localizer.GetPlain(language, "team.when.tomorrow", new { time }),
            < 7 => localizer.GetPlain(language, "team.when.weekday", new { day = CardFormat.DayName(day.DayOfWeek, language), time }),
            _ => localizer.GetPlain(language, "team.when.date", new { date = CardFormat.DayAndMonth(day, language), time }),
        };
    }

    /// <summary>"9 h", "9 h 30", "14 h" / "9 am", "9:30 am", "12 pm": the way an hour is said, not a timetable's 09:00.</summary>
    public static string Hour(TimeOnly time, string language)
    {
        if (language == Languages.French)
        {
            return time.Minute == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{time.Hour} h")
                : string.Create(CultureInfo.InvariantCulture, $"{time.Hour} h {time.Minute:00}");
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var half = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour} {half}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00} {half}");
    }
}
