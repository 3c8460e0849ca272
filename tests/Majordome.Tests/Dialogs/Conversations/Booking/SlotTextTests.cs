using Majordome.Dialogs.Conversations.Booking;

namespace Majordome.Tests.Dialogs.Conversations.Booking;

/// <summary>Issue 14, defect 12: one time format per language, and no numeric dates ("12/09") in slot buttons.</summary>
public class SlotTextTests
{
    private static readonly DateTimeOffset Saturday = new(2026, 12, 12, 15, 30, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("fr", "sam. 12 déc. 15:30")]
    [InlineData("en", "Sat 12 Dec 3:30 pm")]
    public void Title_SpellsTheMonthAndFitsAButton(string language, string expected)
    {
        var title = SlotText.Title(Saturday, language);

        Assert.Equal(expected, title);
        Assert.True(title.Length <= 20, $"'{title}' is longer than Messenger's 20 characters.");
    }

    [Theory]
    [InlineData("fr", "samedi 12 décembre à 15:30")]
    [InlineData("en", "Saturday 12 December at 3:30 pm")]
    public void Sentence_UsesTheCardsTimeFormat(string language, string expected)
    {
        Assert.Equal(expected, SlotText.Sentence(Saturday, language));
    }

    [Fact]
    public void Title_LongestDayAndTime_StillFitsAButton()
    {
        var wednesday = new DateTimeOffset(2026, 9, 30, 12, 30, 0, TimeSpan.FromHours(2));

        Assert.True(SlotText.Title(wednesday, "fr").Length <= 20);
        Assert.True(SlotText.Title(wednesday, "en").Length <= 20);
    }

    [Theory]
    [InlineData("fr", "jeudi 26 novembre")]
    [InlineData("en", "Thursday 26 November")]
    public void Day_DayWithoutTime_IsWrittenInFull(string language, string expected)
    {
        Assert.Equal(expected, SlotText.Day(new DateOnly(2026, 11, 26), language));
    }

    [Theory]
    [InlineData("fr", 15, 0, "15:00")]
    [InlineData("fr", 15, 30, "15:30")]
    [InlineData("en", 15, 30, "3:30 pm")]
    public void Time_TimeWithoutDay_UsesTheCardsTimeFormat(string language, int hour, int minute, string expected)
    {
        Assert.Equal(expected, SlotText.Time(new TimeOnly(hour, minute), language));
    }
}
