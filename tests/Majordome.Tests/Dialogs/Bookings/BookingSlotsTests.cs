using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Content;
using Majordome.Tests.Harness;
using Moq;

namespace Majordome.Tests.Dialogs.Bookings;

/// <summary>The booking rules on the shipped boutiques; "now" is Wednesday 25 November 2026, 16:00 in Paris.</summary>
public class BookingSlotsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 16, 0, 0, TimeSpan.FromHours(1));
    private static readonly Boutique Lyon = TestBrand.Content.Boutiques.Single(b => b.Id == "lyon-bellecour");
    private static readonly BrandSettings Settings = TestBrand.Content.Settings;

    [Theory]
    [InlineData("2026-11-28T15:00:00+01:00", SlotProblem.None)]
    [InlineData("2026-11-28T18:30:00+01:00", SlotProblem.None)]
    [InlineData("2026-11-28T18:45:00+01:00", SlotProblem.OutsideOpeningHours)]
    [InlineData("2026-11-28T19:00:00+01:00", SlotProblem.OutsideOpeningHours)]
    [InlineData("2026-11-28T09:30:00+01:00", SlotProblem.OutsideOpeningHours)]
    [InlineData("2026-11-28T15:10:00+01:00", SlotProblem.NotOnSlotBoundary)]
    [InlineData("2026-12-01T13:00:00+01:00", SlotProblem.OutsideOpeningHours)]
    [InlineData("2026-12-01T12:00:00+01:00", SlotProblem.None)]
    [InlineData("2026-12-01T12:30:00+01:00", SlotProblem.OutsideOpeningHours)]
    [InlineData("2026-11-30T15:00:00+01:00", SlotProblem.ClosedDay)]
    [InlineData("2026-12-25T15:00:00+01:00", SlotProblem.ClosedDay)]
    [InlineData("2026-12-08T15:00:00+01:00", SlotProblem.ClosedDay)]
    [InlineData("2026-11-25T15:30:00+01:00", SlotProblem.InThePast)]
    [InlineData("2027-03-20T15:00:00+01:00", SlotProblem.BeyondHorizon)]
    public void Check_ShippedLyonBoutique_AppliesEveryRule(string start, SlotProblem expected)
    {
        Assert.Equal(expected, BookingSlots.Check(Lyon, Settings, Now, DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void SlotsOn_ADayWithALunchBreak_SkipsTheBreakAndEndsByClosing()
    {
        var slots = BookingSlots.SlotsOn(Lyon, Settings, new DateOnly(2026, 12, 1)).Select(s => s.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal("10:00", slots[0]);
        Assert.Contains("12:00", slots);
        Assert.DoesNotContain("12:30", slots);
        Assert.DoesNotContain("13:30", slots);
        Assert.Contains("14:00", slots);
        Assert.Equal("18:30", slots[^1]);
    }

    [Fact]
    public void SlotsOn_DaylightSavingDay_HasTheRightOffsets()
    {
        var sunday = BookingSlots.SlotsOn(Lyon, Settings, new DateOnly(2027, 3, 28));

        Assert.All(sunday, s => Assert.Equal(TimeSpan.FromHours(2), s.Offset));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 10, 0, 0, TimeSpan.FromHours(2)), sunday[0]);
    }

    [Fact]
    public async Task NearestFree_ClosedDayWish_ProposesTheNearestOpenDays()
    {
        var store = new Moq.Mock<IBookingStore>();
        store.Setup(s => s.SeatsTakenAsync(Moq.It.IsAny<string>(), Moq.It.IsAny<DateTimeOffset>(), Moq.It.IsAny<CancellationToken>())).ReturnsAsync(0);
        var monday = new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.FromHours(1));

        var nearest = await BookingSlots.NearestFreeAsync(Lyon, Settings, store.Object, Now, monday, 2);

        Assert.Equal(3, nearest.Count);
        Assert.All(nearest, s => Assert.NotEqual(DayOfWeek.Monday, s.DayOfWeek));
        Assert.All(nearest, s => Assert.Equal(SlotProblem.None, BookingSlots.Check(Lyon, Settings, Now, s)));
    }
}
