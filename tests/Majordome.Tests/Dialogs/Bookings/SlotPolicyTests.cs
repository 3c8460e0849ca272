using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Content;
using static Majordome.Tests.Dialogs.Bookings.ShippedBoutiques;

namespace Majordome.Tests.Dialogs.Bookings;

public sealed class SlotPolicyTests
{
    private static SlotCheck Check(Boutique boutique, DateTimeOffset requested, int partySize = 2) =>
        SlotPolicy.Check(boutique, Settings, Now, requested, partySize);

    [Fact]
    public void Check_OrdinarySlot_IsBookable()
    {
        var check = Check(ParisOpera, Winter(2026, 11, 26, 15, 0));

        Assert.True(check.IsBookable);
        Assert.Null(check.Closure);
        Assert.Empty(check.NearestSlots);
    }

    [Fact]
    public void Check_Monday_IsTheWeeklyClosedDay()
    {
        Assert.Equal(SlotVerdict.ClosedDay, Check(ParisOpera, Winter(2026, 11, 30, 15, 0)).Verdict);
    }

    [Fact]
    public void Check_Christmas_IsAnExceptionalClosureWithItsLabel()
    {
        var check = Check(ParisOpera, Winter(2026, 12, 25, 11, 0));

        Assert.Equal(SlotVerdict.ExceptionalClosure, check.Verdict);
        Assert.Equal(new LocalizedText("Noël", "Christmas Day"), check.Closure?.Reason);
    }

    [Theory]
    [InlineData(12, 0, SlotVerdict.Ok)] // ends 12:30, exactly when the morning closes
    [InlineData(12, 30, SlotVerdict.OutsideOpeningHours)]
    [InlineData(13, 0, SlotVerdict.OutsideOpeningHours)]
    [InlineData(13, 30, SlotVerdict.OutsideOpeningHours)]
    [InlineData(14, 0, SlotVerdict.Ok)]
    public void Check_AroundLyonsLunchBreak_RefusesSlotsInTheBreak(int hour, int minute, SlotVerdict expected)
    {
        Assert.Equal(expected, Check(LyonBellecour, Winter(2026, 12, 1, hour, minute)).Verdict);
    }

    [Fact]
    public void Check_SlotOverrunningIntoTheBreak_IsRefused()
    {
        // Starts while open (12:15) but would end at 12:45, after the morning closes.
        Assert.Equal(SlotVerdict.OutsideOpeningHours, Check(LyonBellecour, Winter(2026, 12, 1, 12, 15)).Verdict);
    }

    [Fact]
    public void Check_InTheLunchBreak_OffersTheSlotsEitherSide()
    {
        var check = Check(LyonBellecour, Winter(2026, 12, 1, 13, 15));

        Assert.Equal([Winter(2026, 12, 1, 12, 0), Winter(2026, 12, 1, 14, 0)], check.NearestSlots);
    }

    [Theory]
    [InlineData(9, 0, SlotVerdict.OutsideOpeningHours)]
    [InlineData(9, 30, SlotVerdict.Ok)] // Saturday opening
    [InlineData(19, 30, SlotVerdict.Ok)] // ends 20:00, exactly at closing
    [InlineData(20, 0, SlotVerdict.OutsideOpeningHours)]
    public void Check_SaturdayInParis_AcceptsFromOpeningToTheLastFullSlot(int hour, int minute, SlotVerdict expected)
    {
        Assert.Equal(expected, Check(ParisOpera, Winter(2026, 11, 28, hour, minute)).Verdict);
    }

    [Fact]
    public void Check_BordeauxBeforeAfternoonOpening_IsOutsideOpeningHours()
    {
        Assert.Equal(SlotVerdict.OutsideOpeningHours, Check(BordeauxChartrons, Winter(2026, 12, 1, 14, 0)).Verdict);
        Assert.Equal(SlotVerdict.Ok, Check(BordeauxChartrons, Winter(2026, 12, 1, 14, 30)).Verdict);
    }

    [Fact]
    public void Check_LastThursdaySlot_EndsExactlyAtClosingAndIsAccepted()
    {
        Assert.Equal(SlotVerdict.Ok, Check(ParisOpera, Winter(2026, 11, 26, 20, 30)).Verdict);
    }

    [Fact]
    public void Check_SlotOverrunningClosing_IsRefusedWithTheLastSlotsOffered()
    {
        var check = Check(ParisOpera, Winter(2026, 11, 26, 20, 45));

        Assert.Equal(SlotVerdict.OutsideOpeningHours, check.Verdict);
        Assert.Equal([Winter(2026, 11, 26, 20, 0), Winter(2026, 11, 26, 20, 30)], check.NearestSlots);
    }

    [Fact]
    public void Check_BetweenTwoSlotStarts_OffersBothNeighbours()
    {
        var check = Check(ParisOpera, Winter(2026, 11, 26, 15, 10));

        Assert.Equal(SlotVerdict.NotOnSlotBoundary, check.Verdict);
        Assert.Equal([Winter(2026, 11, 26, 15, 0), Winter(2026, 11, 26, 15, 30)], check.NearestSlots);
    }

    [Fact]
    public void Check_BetweenTwoSlotStartsToday_OffersOnlySlotsToCome()
    {
        // 16:00 is "now", so it is no longer offered.
        var check = Check(ParisOpera, Winter(2026, 11, 25, 16, 10));

        Assert.Equal(SlotVerdict.NotOnSlotBoundary, check.Verdict);
        Assert.Equal([Winter(2026, 11, 25, 16, 30), Winter(2026, 11, 25, 17, 0)], check.NearestSlots);
    }

    [Fact]
    public void Check_SecondsPastASlotStart_IsNotOnTheBoundary()
    {
        Assert.Equal(SlotVerdict.NotOnSlotBoundary, Check(ParisOpera, Winter(2026, 11, 26, 15, 0).AddSeconds(30)).Verdict);
    }

    [Theory]
    [InlineData(15, 30)]
    [InlineData(16, 0)] // starting right now is too late to walk in
    public void Check_SlotAlreadyStarted_IsInThePast(int hour, int minute)
    {
        Assert.Equal(SlotVerdict.InThePast, Check(ParisOpera, Winter(2026, 11, 25, hour, minute)).Verdict);
    }

    [Fact]
    public void Check_NextSlotToday_IsBookable()
    {
        Assert.Equal(SlotVerdict.Ok, Check(ParisOpera, Winter(2026, 11, 25, 16, 30)).Verdict);
    }

    [Fact]
    public void Check_LastDayOfTheHorizon_IsBookableAndTheNextOpenDayIsNot()
    {
        // 60 days after Wednesday 2026-11-25 is Sunday 2027-01-24; Monday 25 is closed anyway, Tuesday 26 is too far.
        Assert.Equal(SlotVerdict.Ok, Check(ParisOpera, Winter(2027, 1, 24, 17, 30)).Verdict);
        Assert.Equal(SlotVerdict.BeyondHorizon, Check(ParisOpera, Winter(2027, 1, 26, 10, 0)).Verdict);
    }

    [Fact]
    public void Check_PartyOfNine_IsTooLargeWhateverTheTime()
    {
        Assert.Equal(SlotVerdict.PartyTooLarge, Check(ParisOpera, Winter(2026, 11, 26, 15, 0), partySize: 9).Verdict);
        Assert.Equal(SlotVerdict.PartyTooLarge, Check(ParisOpera, Winter(2026, 11, 30, 15, 0), partySize: 9).Verdict);
    }

    [Fact]
    public void Check_PartyOfEight_IsTheLargestAccepted()
    {
        Assert.Equal(SlotVerdict.Ok, Check(ParisOpera, Winter(2026, 11, 26, 15, 0), partySize: 8).Verdict);
    }

    [Fact]
    public void Check_NoOne_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Check(ParisOpera, Winter(2026, 11, 26, 15, 0), partySize: 0));
    }

    [Theory]
    // Each row would get the other verdict if the wall clock were read in winter time (UTC+1).
    [InlineData(9, 0, SlotVerdict.Ok)] // 11:00 in Paris, summer time since 02:00 that morning; not 10:00
    [InlineData(12, 30, SlotVerdict.Ok)] // 14:30, after the lunch break; not 13:30
    [InlineData(11, 30, SlotVerdict.OutsideOpeningHours)] // 13:30, in the lunch break; not 12:30
    [InlineData(16, 0, SlotVerdict.OutsideOpeningHours)] // 18:00, closing; not 17:00
    public void Check_DstChangeDay_JudgesOnTheSummerTimeWallClock(int utcHour, int utcMinute, SlotVerdict expected)
    {
        var saturdayBefore = Winter(2027, 3, 20, 12, 0);
        var requested = new DateTimeOffset(2027, 3, 28, utcHour, utcMinute, 0, TimeSpan.Zero);

        Assert.Equal(expected, SlotPolicy.Check(ParisOpera, Settings, saturdayBefore, requested, 2).Verdict);
    }
}
