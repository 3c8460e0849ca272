using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Conversations.Booking;

namespace Majordome.Tests.Dialogs.Conversations.Booking;

public class SlotOffersTests
{
    private static readonly DateTimeOffset Ten = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Spread_MoreSlotsThanOffered_TakesThemEvenlyFromTheFirst()
    {
        var slots = Enumerable.Range(0, 12).Select(i => Ten.AddMinutes(30 * i)).ToList();

        var offered = SlotOffers.Spread(slots, 4);

        Assert.Equal([slots[0], slots[3], slots[6], slots[9]], offered);
    }

    [Fact]
    public void Spread_FewerSlotsThanOffered_TakesThemAll()
    {
        var slots = new[] { Ten, Ten.AddHours(1) };

        Assert.Equal(slots, SlotOffers.Spread(slots, 6));
    }

    [Theory]
    [InlineData(SlotVerdict.ClosedDay, "booking.slotClosedDay")]
    [InlineData(SlotVerdict.InThePast, "booking.slotPast")]
    [InlineData(SlotVerdict.OutsideOpeningHours, "booking.slotOutsideHours")]
    [InlineData(SlotVerdict.Ok, null)]
    public void ReasonKey_EachVerdict_HasItsSentence(SlotVerdict verdict, string? key)
    {
        Assert.Equal(key, SlotOffers.ReasonKey(verdict));
    }
}
