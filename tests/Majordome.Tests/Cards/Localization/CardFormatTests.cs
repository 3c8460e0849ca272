using Majordome.Cards.Localization;

namespace Majordome.Tests.Cards.Localization;

public class CardFormatTests
{
    [Theory]
    [InlineData(4.5, "fr", "4,50\u00A0€")]
    [InlineData(1234.5, "fr", "1\u202F234,50\u00A0€")]
    [InlineData(0, "fr", "0,00\u00A0€")]
    [InlineData(4.5, "en", "€4.50")]
    [InlineData(1234.5, "en", "€1,234.50")]
    [InlineData(-3, "en", "-€3.00")]
    public void Euros_Amount_IsWrittenTheLocalWay(double amount, string language, string expected)
    {
        Assert.Equal(expected, CardFormat.Euros((decimal)amount, language));
    }

    [Theory]
    [InlineData("fr", "samedi 14 juin 2025 à 15:05")]
    [InlineData("en", "Saturday 14 June 2025 at 3:05 pm")]
    public void DateTime_Moment_IsWrittenInItsOwnOffset(string language, string expected)
    {
        Assert.Equal(expected, CardFormat.DateTime(new DateTimeOffset(2025, 6, 14, 15, 5, 0, TimeSpan.FromHours(2)), language));
    }

    [Theory]
    [InlineData(0, 0, "00:00", "12:00 am")]
    [InlineData(9, 30, "09:30", "9:30 am")]
    [InlineData(12, 0, "12:00", "12:00 pm")]
    [InlineData(23, 45, "23:45", "11:45 pm")]
    public void Time_InBothLanguages(int hour, int minute, string french, string english)
    {
        Assert.Equal(french, CardFormat.Time(new TimeOnly(hour, minute), "fr"));
        Assert.Equal(english, CardFormat.Time(new TimeOnly(hour, minute), "en"));
    }

    [Fact]
    public void Date_EveryMonth_HasAName()
    {
        for (var month = 1; month <= 12; month++)
        {
            Assert.DoesNotContain("month.", CardFormat.Date(new DateOnly(2025, month, 1), "fr"), StringComparison.Ordinal);
        }

        Assert.Equal("lundi 1 décembre 2025", CardFormat.Date(new DateOnly(2025, 12, 1), "fr"));
    }

    // Issue 14, defect 12: "09/12" is 9 December in Paris and September 12 in New York; months are spelt out.
    [Theory]
    [InlineData("fr", "sam. 12 déc.", "samedi 12 décembre")]
    [InlineData("en", "Sat 12 Dec", "Saturday 12 December")]
    public void ShortDayAndDayAndMonth_SpellTheMonth(string language, string shortDay, string dayAndMonth)
    {
        var date = new DateOnly(2026, 12, 12);

        Assert.Equal(shortDay, CardFormat.ShortDay(date, language));
        Assert.Equal(dayAndMonth, CardFormat.DayAndMonth(date, language));
    }

    [Fact]
    public void ShortDay_EveryDayAndMonth_HasALabel()
    {
        for (var day = 0; day < 365; day += 29)
        {
            var date = new DateOnly(2026, 1, 1).AddDays(day);
            Assert.DoesNotContain(".short.", CardFormat.ShortDay(date, "fr"), StringComparison.Ordinal);
            Assert.DoesNotContain(".short.", CardFormat.ShortDay(date, "en"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Colon_FollowsEachLanguagesTypography()
    {
        Assert.Equal("Total\u00A0:", CardFormat.Colon("Total", "fr"));
        Assert.Equal("Total:", CardFormat.Colon("Total", "en"));
    }
}
