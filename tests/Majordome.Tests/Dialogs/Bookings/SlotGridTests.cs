using Majordome.Dialogs.Bookings;
using static Majordome.Tests.Dialogs.Bookings.ShippedBoutiques;

namespace Majordome.Tests.Dialogs.Bookings;

public sealed class SlotGridTests
{
    [Fact]
    public void GetOpenSlots_DayWithLunchBreak_ListsBothRangesWithSlotsEndingByClosing()
    {
        var slots = SlotGrid.GetOpenSlots(LyonBellecour, new DateOnly(2026, 12, 1), Settings.BookingSlotMinutes);

        // 10:00-12:30 gives 5 slots, 14:00-19:00 gives 10; 12:30 and 19:00 would overrun.
        Assert.Equal(15, slots.Count);
        Assert.Equal(Winter(2026, 12, 1, 10, 0), slots[0]);
        Assert.Equal(Winter(2026, 12, 1, 12, 0), slots[4]);
        Assert.Equal(Winter(2026, 12, 1, 14, 0), slots[5]);
        Assert.Equal(Winter(2026, 12, 1, 18, 30), slots[^1]);
    }

    [Theory]
    [InlineData(2026, 11, 30)] // Monday
    [InlineData(2026, 12, 25)] // Christmas
    public void GetOpenSlots_ClosedDay_IsEmpty(int year, int month, int day)
    {
        Assert.Empty(SlotGrid.GetOpenSlots(ParisOpera, new DateOnly(year, month, day), Settings.BookingSlotMinutes));
    }

    [Fact]
    public void GetOpenSlots_SpringForwardDay_CarriesTheSummerOffset()
    {
        var slots = SlotGrid.GetOpenSlots(ParisOpera, new DateOnly(2027, 3, 28), Settings.BookingSlotMinutes);

        Assert.Equal(12, slots.Count);
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(2), s.Offset));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 9, 0, 0, TimeSpan.Zero), slots[0]);
    }

    [Fact]
    public void GetOpenSlots_DayBeforeSpringForward_CarriesTheWinterOffset()
    {
        var slots = SlotGrid.GetOpenSlots(ParisOpera, new DateOnly(2027, 3, 27), Settings.BookingSlotMinutes);

        Assert.Equal(21, slots.Count);
        Assert.Equal(new DateTimeOffset(2027, 3, 27, 8, 30, 0, TimeSpan.Zero), slots[0]);
    }

    [Fact]
    public void GetOpenSlots_FallBackDay_CarriesTheWinterOffset()
    {
        var slots = SlotGrid.GetOpenSlots(ParisOpera, new DateOnly(2026, 10, 25), Settings.BookingSlotMinutes);

        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.Offset));
    }
}
