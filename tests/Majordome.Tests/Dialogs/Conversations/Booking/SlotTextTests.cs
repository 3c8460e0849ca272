using Majordome.Dialogs.Conversations.Booking;
using Majordome.Dialogs.Localization;

namespace Majordome.Tests.Dialogs.Conversations.Booking;

public class SlotTextTests
{
    [Theory]
    [InlineData(Languages.French, "jeudi 26 novembre")]
    [InlineData(Languages.English, "Thursday 26 November")]
    public void Day_DayWithoutTime_IsWrittenInFull(string language, string expected)
    {
        Assert.Equal(expected, SlotText.Day(new DateOnly(2026, 11, 26), language));
    }

    [Theory]
    [InlineData(Languages.French, 15, 0, "15h")]
    [InlineData(Languages.French, 15, 30, "15h30")]
    [InlineData(Languages.English, 15, 30, "3:30pm")]
    public void Time_TimeWithoutDay_IsWrittenAsCustomersSayIt(string language, int hour, int minute, string expected)
    {
        Assert.Equal(expected, SlotText.Time(new TimeOnly(hour, minute), language));
    }
}
