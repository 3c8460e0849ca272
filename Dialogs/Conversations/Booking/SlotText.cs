using Majordome.Cards.Localization;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// How a slot is written to the customer: a short button title, and the button's value as a sentence the
/// date-time recognizer reads back ("samedi 28 novembre à 15:30"), so clicking a proposed slot answers the
/// question exactly as typing it would. Days and times come from <see cref="CardFormat"/>, as on the cards.
/// </summary>
public static class SlotText
{
    /// <summary>"sam. 28 nov. 15:30" / "Sat 28 Nov 3:30 pm": fits a quick reply (20 characters).</summary>
    public static string Title(DateTimeOffset slot, string language) =>
        $"{CardFormat.ShortDay(DateOnly.FromDateTime(slot.DateTime), language)} {CardFormat.Time(TimeOnly.FromDateTime(slot.DateTime), language)}";

    /// <summary>"samedi 28 novembre à 15:30" / "Saturday 28 November at 3:30 pm".</summary>
    public static string Sentence(DateTimeOffset slot, string language) =>
        $"{CardFormat.DayAndMonth(DateOnly.FromDateTime(slot.DateTime), language)} {CardLabels.Get(language, "common.at")} {CardFormat.Time(TimeOnly.FromDateTime(slot.DateTime), language)}";

    /// <summary>"jeudi 26 novembre" / "Thursday 26 November": a day said without a time.</summary>
    public static string Day(DateOnly day, string language) => CardFormat.DayAndMonth(day, language);

    /// <summary>"15:30" / "3:30 pm": a time said without a day, as the cards write it.</summary>
    public static string Time(TimeOnly time, string language) => CardFormat.Time(time, language);
}
