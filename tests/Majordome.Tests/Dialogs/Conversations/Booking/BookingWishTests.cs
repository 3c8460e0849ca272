using Majordome.Dialogs.Conversations.Booking;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Conversations.Booking;

/// <summary>Splitting what a first message says about when: "now" is Wednesday 25 November 2026, 16:00 in Paris.</summary>
public class BookingWishTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 16, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("table pour 2 lundi à 15h", Languages.French)]
    [InlineData("a table for 2 tomorrow at 3pm", Languages.English)]
    [InlineData("today at 1pm", Languages.English)]
    public void From_DayAndTime_IsAWholeSlot(string text, string language)
    {
        var wish = BookingWish.From(Recognize(text, language));

        Assert.NotNull(wish.Start);
        Assert.Null(wish.Day);
        Assert.Null(wish.Time);
    }

    [Theory]
    [InlineData("une table pour 4 demain", Languages.French, "2026-11-26")]
    [InlineData("a table on Monday", Languages.English, "2026-11-30")]
    [InlineData("le 12 décembre", Languages.French, "2026-12-12")]
    public void From_DayWithoutTime_KeepsTheDayOnly(string text, string language, string day)
    {
        var wish = BookingWish.From(Recognize(text, language));

        Assert.Equal((null, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), null), (wish.Start, wish.Day, wish.Time));
    }

    [Theory]
    [InlineData("une table à 15h", Languages.French, 15, 0)]
    [InlineData("a table at 3:30pm", Languages.English, 15, 30)]
    public void From_TimeWithoutDay_KeepsTheTimeOnly(string text, string language, int hour, int minute)
    {
        var wish = BookingWish.From(Recognize(text, language));

        Assert.Equal((null, null, new TimeOnly(hour, minute)), (wish.Start, wish.Day, wish.Time));
    }

    [Theory]
    [InlineData("une table ce soir à 19h", Languages.French, 19)]
    [InlineData("a table tonight at 7pm", Languages.English, 19)]
    public void From_TimeTonight_IsTodaysSlot(string text, string language, int hour)
    {
        var wish = BookingWish.From(Recognize(text, language), text);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, hour, 0, 0, TimeSpan.FromHours(1)), wish.Start);
    }

    [Theory]
    [InlineData("une table samedi après-midi", Languages.French, "2026-11-28")]
    [InlineData("une table ce soir", Languages.French, "2026-11-25")]
    [InlineData("saturday morning", Languages.English, "2026-11-28")]
    public void From_PartOfADay_KeepsTheDayOnly(string text, string language, string day)
    {
        var wish = BookingWish.From(Recognize(text, language), text);

        Assert.Equal((null, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), null), (wish.Start, wish.Day, wish.Time));
    }

    [Theory]
    [InlineData("une table pour 2", Languages.French)]
    public void From_Nothing_IsNone(string text, string language)
    {
        Assert.Equal(BookingWish.None, BookingWish.From(Recognize(text, language)));
    }

    [Fact]
    public void From_NoMoments_IsNone()
    {
        Assert.Equal(BookingWish.None, BookingWish.From(null));
    }

    [Theory]
    [InlineData("une table pour 2 la semaine prochaine", Languages.French, "2026-11-30", "2026-12-06")]
    [InlineData("a table for 2 next week", Languages.English, "2026-11-30", "2026-12-06")]
    [InlineData("book a table this month", Languages.English, "2026-11-01", "2026-11-30")]
    [InlineData("a table next year", Languages.English, "2027-01-01", "2027-12-31")]
    [InlineData("une table l'année prochaine", Languages.French, "2027-01-01", "2027-12-31")]
    [InlineData("une table pour 4 l'an prochain", Languages.French, "2027-01-01", "2027-12-31")]
    [InlineData("en 2027", Languages.French, "2027-01-01", "2027-12-31")]
    [InlineData("réserver cette année", Languages.French, "2026-01-01", "2026-12-31")]
    [InlineData("une table le mois prochain", Languages.French, "2026-12-01", "2026-12-31")]
    [InlineData("une dégustation au printemps", Languages.French, "2027-03-01", "2027-05-31")]
    [InlineData("cet été pour 4", Languages.French, "2027-06-01", "2027-08-31")]
    [InlineData("a table next spring", Languages.English, "2027-03-01", "2027-05-31")]
    [InlineData("this winter, a tasting for 3", Languages.English, "2026-12-01", "2027-02-28")]
    [InlineData("this fall", Languages.English, "2026-09-01", "2026-11-30")]
    public void From_SeveralDays_KeepsThePeriod(string text, string language, string first, string last)
    {
        var wish = BookingWish.From(Recognize(text, language));

        Assert.Equal((null, null, null), (wish.Start, wish.Day, wish.Time));
        Assert.Equal(new BookingPeriod(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), wish.Period);
        Assert.True(wish.SaysWhen);
    }

    [Theory]
    [InlineData("plutôt l'après-midi", Languages.French, "AF")]
    [InlineData("in the afternoon", Languages.English, "AF")]
    [InlineData("une dégustation dans la matinée", Languages.French, "MO")]
    public void From_APartOfDayAlone_KeepsThePartOnly(string text, string language, string part)
    {
        var wish = BookingWish.From(Recognize(text, language));

        Assert.Equal((null, null, null, null, part), (wish.Start, wish.Day, wish.Time, wish.Period, wish.DayPart));
    }

    [Theory]
    [InlineData("réservation pour 4 ce week-end", Languages.French, "2026-11-28", "2026-11-29")]
    [InlineData("le week-end prochain", Languages.French, "2026-11-28", "2026-11-29")]
    [InlineData("a table this weekend", Languages.English, "2026-11-28", "2026-11-29")]
    public void From_AWeekEnd_IsItsTwoDays(string text, string language, string first, string last)
    {
        var wish = BookingWish.From(Recognize(text, language));

        Assert.Equal(new BookingPeriod(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), wish.Period);
    }

    private static IReadOnlyList<DateTimeResolution> Recognize(string text, string language) =>
        DateTimeRecognizer.Recognize(text, language, Now, Paris);
}
