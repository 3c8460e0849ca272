using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Bookings;

/// <summary>Finds the free tasting slots nearest to the one a customer asked for, to offer when theirs is full or invalid.</summary>
public static class SlotFinder
{
    /// <summary>How many days after (then before) the requested day are searched: a fortnight keeps offers relevant and store queries bounded.</summary>
    public const int SearchDays = 14;

    /// <summary>
    /// The <paramref name="count"/> bookable slots nearest to <paramref name="requested"/> with room for the party:
    /// the requested day's slots first, nearest first; then each following day, earliest first; then, if still
    /// short (the horizon cuts the following days off), the days before, latest first. Within
    /// <see cref="SearchDays"/> either side. Never past, never beyond the horizon; empty for too large a party.
    /// </summary>
    /// <param name="boutique">Where; its <see cref="Boutique.TastingSeatsPerSlot"/> is each slot's capacity.</param>
    /// <param name="settings">The horizon, the largest party and the slot length.</param>
    /// <param name="requested">What the customer asked for; need not be a slot start.</param>
    /// <param name="partySize">How many seats a slot needs free.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="store">Tells the seats already taken.</param>
    /// <param name="count">How many slots to offer.</param>
    /// <param name="cancellationToken">Cancels the store queries.</param>
    public static async Task<IReadOnlyList<DateTimeOffset>> FindNearestFreeSlotsAsync(
        Boutique boutique,
        BrandSettings settings,
        DateTimeOffset requested,
        int partySize,
        DateTimeOffset now,
        IBookingStore store,
        int count = 3,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boutique);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partySize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        var found = new List<DateTimeOffset>();
        if (partySize > settings.MaxPartySize)
        {
            return found;
        }

        // Candidates are walked in offer order and the store is asked one slot at a time, so a free slot near the
        // request costs one query, not a fortnight's worth.
        foreach (var slot in Candidates(boutique, settings, requested))
        {
            if (!SlotPolicy.Check(boutique, settings, now, slot, partySize).IsBookable)
            {
                continue;
            }

            var taken = await store.SeatsTakenAsync(boutique.Id, slot, cancellationToken).ConfigureAwait(false);
            if (boutique.TastingSeatsPerSlot - taken < partySize)
            {
                continue;
            }

            found.Add(slot);
            if (found.Count == count)
            {
                break;
            }
        }

        return found;
    }

    private static IEnumerable<DateTimeOffset> Candidates(Boutique boutique, BrandSettings settings, DateTimeOffset requested)
    {
        var day = DateOnly.FromDateTime(BoutiqueClock.ToLocal(boutique, requested).DateTime);
        var offsets = Enumerable.Range(0, SearchDays + 1).Concat(Enumerable.Range(1, SearchDays).Select(d => -d));
        return offsets.SelectMany(d => SlotGrid.GetOpenSlots(boutique, day.AddDays(d), settings.BookingSlotMinutes)
            .OrderBy(s => (s - requested).Duration())
            .ThenBy(s => s));
    }
}
