using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;
using Xunit;

namespace Majordome.Tests.Dialogs.Recognition;

/// <summary>
/// Feasts, the sun's moments and "as soon as possible", which the date-time library missed: found by the outside
/// evaluation (SNIPS "at sunset", "lincoln's birthday", "for now") and by French wording ("à l'Épiphanie", "tout de
/// suite"). Read on Saturday 28 November 2026, 16:00 in Paris.
/// </summary>
public class NamedDayPhrasesTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateTimeOffset SaturdayAfternoon = new(2026, 11, 28, 16, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_IsTheGregorianComputus(int year, string expected) =>
        Assert.Equal(expected, NamedDayPhrases.EasterSunday(year).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("une table à l'Épiphanie", "fr", "2027-01-06")]
    [InlineData("pour la chandeleur", "fr", "2027-02-02")]
    [InlineData("le jour de l'an", "fr", "2027-01-01")]
    [InlineData("à la Saint-Nicolas", "fr", "2026-12-06")]
    [InlineData("à Pâques", "fr", "2027-03-28")]
    [InlineData("le lundi de Pâques", "fr", "2027-03-29")]
    [InlineData("pour mardi gras", "fr", "2027-02-09")]
    [InlineData("à l'Ascension", "fr", "2027-05-06")]
    [InlineData("le lundi de Pentecôte", "fr", "2027-05-17")]
    [InlineData("à la Toussaint", "fr", "2027-11-01")]
    [InlineData("on Boxing Day", "en", "2026-12-26")]
    [InlineData("on lincoln's birthday", "en", "2027-02-12")]
    [InlineData("on Thomas Jefferson's Birthday", "en", "2027-04-13")]
    [InlineData("on Easter Monday", "en", "2027-03-29")]
    [InlineData("on Shrove Tuesday", "en", "2027-02-09")]
    public void Recognize_Feast_IsItsNextDate(string text, string language, string expected)
    {
        var moments = DateTimeRecognizer.Recognize(text, language == "fr" ? Languages.French : Languages.English, SaturdayAfternoon, Paris);

        var moment = Assert.Single(moments);
        Assert.Equal(expected, moment.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(moment.HasTime);
    }

    [Theory]
    [InlineData("à l'Épiphanie à 15h", "fr", "2027-01-06T15:00")]
    [InlineData("pour la Chandeleur vers 16h30", "fr", "2027-02-02T16:30")]
    [InlineData("on Boxing Day at 3pm", "en", "2026-12-26T15:00")]
    public void Recognize_FeastWithATime_KeepsBoth(string text, string language, string expected)
    {
        var moment = Assert.Single(DateTimeRecognizer.Recognize(text, language == "fr" ? Languages.French : Languages.English, SaturdayAfternoon, Paris));

        Assert.Equal(expected, moment.Value.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(moment.HasTime);
    }

    [Theory]
    [InlineData("demain au coucher du soleil", "fr", "2026-11-29", "EV")]
    [InlineData("samedi prochain à l'aube", "fr", "2026-12-05", "MO")]
    [InlineData("tomorrow at sunset", "en", "2026-11-29", "EV")]
    [InlineData("next saturday at sunrise", "en", "2026-12-05", "MO")]
    public void Recognize_SunMoment_IsThePartOfTheDay(string text, string language, string day, string part)
    {
        var moment = Assert.Single(DateTimeRecognizer.Recognize(text, language == "fr" ? Languages.French : Languages.English, SaturdayAfternoon, Paris));

        Assert.Equal(day, moment.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("T" + part, moment.Timex, StringComparison.Ordinal);
        Assert.NotNull(moment.End);
    }

    [Theory]
    [InlineData("Coucou ! Dispo ce midi pour 2 ?", "2026-11-28T12:00")]
    [InlineData("une table ce midi", "2026-11-28T12:00")]
    public void Recognize_ThisNoon_IsTodayAtNoon(string text, string expected)
    {
        var saturdayMorning = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1));
        var moment = Assert.Single(DateTimeRecognizer.Recognize(text, Languages.French, saturdayMorning, Paris));

        Assert.Equal(expected, moment.Value.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(moment.HasTime);
    }

    [Theory]
    [InlineData("tout de suite", "fr")]
    [InlineData("au plus vite", "fr")]
    [InlineData("dès que possible", "fr")]
    [InlineData("le plus tôt possible", "fr")]
    [InlineData("immédiatement", "fr")]
    [InlineData("une table pour 2 au plus tôt", "fr")]
    [InlineData("asap", "en")]
    [InlineData("as soon as possible", "en")]
    [InlineData("right away please", "en")]
    [InlineData("yo table for 2 rn?", "en")]
    [InlineData("book me a restaurant for me, geneva and wilda for now in Blacksville", "en")]
    public void Recognize_AsSoonAsPossible_IsNow(string text, string language)
    {
        var moment = Assert.Single(DateTimeRecognizer.Recognize(text, language == "fr" ? Languages.French : Languages.English, SaturdayAfternoon, Paris));

        Assert.Equal("PRESENT_REF", moment.Timex);
    }

    [Theory]
    [InlineData("trois jours de suite", "fr")]
    [InlineData("that's all for now", "en")]
    public void Recognize_LookAlikes_AreNotNow(string text, string language)
    {
        Assert.DoesNotContain(DateTimeRecognizer.Recognize(text, language == "fr" ? Languages.French : Languages.English, SaturdayAfternoon, Paris), m => m.Timex == "PRESENT_REF");
    }
}
