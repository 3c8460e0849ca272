using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Content;
using static Majordome.Tests.Dialogs.Bookings.ShippedBoutiques;

namespace Majordome.Tests.Dialogs.Bookings;

public sealed class SlotFinderTests
{
    private static Task<IReadOnlyList<DateTimeOffset>> FindAsync(
        SeatsTakenStore store, DateTimeOffset requested, int partySize = 2, Boutique? boutique = null, CancellationToken cancellationToken = default) =>
        SlotFinder.FindNearestFreeSlotsAsync(boutique ?? ParisOpera, Settings, requested, partySize, Now, store, cancellationToken: cancellationToken);

    [Fact]
    public async Task FindNearestFreeSlotsAsync_RequestedSlotFull_OffersTheNearestThatDayEarlierFirstOnTies()
    {
        var store = new SeatsTakenStore().Take(8, Winter(2026, 11, 26, 15, 0));

        var slots = await FindAsync(store, Winter(2026, 11, 26, 15, 0));

        Assert.Equal([Winter(2026, 11, 26, 14, 30), Winter(2026, 11, 26, 15, 30), Winter(2026, 11, 26, 14, 0)], slots);
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_NeighbourWithTooFewSeats_IsSkipped()
    {
        var store = new SeatsTakenStore()
            .Take(8, Winter(2026, 11, 26, 15, 0))
            .Take(7, Winter(2026, 11, 26, 15, 30)); // one seat left, the party is two

        var slots = await FindAsync(store, Winter(2026, 11, 26, 15, 0));

        Assert.Equal([Winter(2026, 11, 26, 14, 30), Winter(2026, 11, 26, 14, 0), Winter(2026, 11, 26, 16, 0)], slots);
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_RequestedSlotFree_OffersItFirst()
    {
        var slots = await FindAsync(new SeatsTakenStore(), Winter(2026, 11, 26, 15, 0));

        Assert.Equal(Winter(2026, 11, 26, 15, 0), slots[0]);
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_SundayFullAndMondayClosed_OffersTuesdayMorning()
    {
        var sunday = SlotGrid.GetOpenSlots(ParisOpera, new DateOnly(2026, 11, 29), Settings.BookingSlotMinutes).ToArray();
        var store = new SeatsTakenStore().Take(8, sunday);

        var slots = await FindAsync(store, Winter(2026, 11, 29, 17, 30));

        Assert.Equal([Winter(2026, 12, 1, 10, 0), Winter(2026, 12, 1, 10, 30), Winter(2026, 12, 1, 11, 0)], slots);
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_RequestInThePast_OffersOnlySlotsToCome()
    {
        // Now is 16:00, so 16:00 itself is no longer offered.
        var slots = await FindAsync(new SeatsTakenStore(), Winter(2026, 11, 25, 15, 0));

        Assert.Equal([Winter(2026, 11, 25, 16, 30), Winter(2026, 11, 25, 17, 0), Winter(2026, 11, 25, 17, 30)], slots);
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_LastDayOfHorizonFull_FallsBackOnTheDayBefore()
    {
        var lastDay = SlotGrid.GetOpenSlots(ParisOpera, new DateOnly(2027, 1, 24), Settings.BookingSlotMinutes).ToArray();
        var store = new SeatsTakenStore().Take(8, lastDay);

        var slots = await FindAsync(store, Winter(2027, 1, 24, 17, 30));

        Assert.Equal([Winter(2027, 1, 23, 19, 30), Winter(2027, 1, 23, 19, 0), Winter(2027, 1, 23, 18, 30)], slots);
        Assert.DoesNotContain(store.Queried, s => s > Winter(2027, 1, 25, 0, 0));
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_EverythingFull_SearchesABoundedWindowAndOffersNothing()
    {
        var store = new SeatsTakenStore { Default = 8 };

        var slots = await FindAsync(store, Winter(2026, 12, 10, 15, 0));

        Assert.Empty(slots);
        Assert.All(store.Queried, s => Assert.InRange(s, Now, Winter(2026, 12, 25, 0, 0)));
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_PartyOfNine_OffersNothingWithoutAskingTheStore()
    {
        var store = new SeatsTakenStore();

        var slots = await FindAsync(store, Winter(2026, 11, 26, 15, 0), partySize: 9);

        Assert.Empty(slots);
        Assert.Empty(store.Queried);
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_SmallBoutique_ComparesSeatsWithItsOwnCapacity()
    {
        // Bordeaux has 4 seats: 1 taken leaves 3, too few for 4 people.
        var store = new SeatsTakenStore().Take(1, Winter(2026, 12, 1, 15, 0));

        var slots = await FindAsync(store, Winter(2026, 12, 1, 15, 0), partySize: 4, boutique: BordeauxChartrons);

        Assert.Equal([Winter(2026, 12, 1, 14, 30), Winter(2026, 12, 1, 15, 30), Winter(2026, 12, 1, 16, 0)], slots);
    }

    [Fact]
    public async Task FindNearestFreeSlotsAsync_Token_IsPassedToTheStore()
    {
        using var cancellation = new CancellationTokenSource();
        var store = new SeatsTakenStore();

        await FindAsync(store, Winter(2026, 11, 26, 15, 0), cancellationToken: cancellation.Token);

        Assert.Equal(cancellation.Token, store.LastToken);
    }
}
