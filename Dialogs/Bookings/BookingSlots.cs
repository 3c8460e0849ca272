using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Bookings;

/// <summary>
/// The booking rules of a boutique, in its own time zone: a slot starts on a slot boundary, lies entirely
/// inside one opening range of an open day, is in the future and within the booking horizon. Also lists the
/// valid slots nearest to a wish, to propose them when the wish cannot be met.
/// </summary>
public static class BookingSlots
{
    /// <summary>What is wrong with booking <paramref name="start"/>, or <see cref="SlotProblem.None"/>.</summary>
    public static SlotProblem Check(Boutique boutique, BrandSettings settings, DateTimeOffset now, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(boutique);
        ArgumentNullException.ThrowIfNull(settings);
        if (start <= now)
        {
            return SlotProblem.InThePast;
        }

        if (start > now.AddDays(settings.BookingHorizonDays))
        {
            return SlotProblem.BeyondHorizon;
        }

        var local = TimeZoneInfo.ConvertTime(start, Zone(boutique)).DateTime;
        var ranges = boutique.HoursOn(DateOnly.FromDateTime(local));
        if (ranges.Count == 0)
        {
            return SlotProblem.ClosedDay;
        }

        var time = TimeOnly.FromDateTime(local);
        var end = time.AddMinutes(settings.BookingSlotMinutes);
        if (!ranges.Any(r => time >= r.Opens && end <= r.Closes && end > time))
        {
            return SlotProblem.OutsideOpeningHours;
        }

        return (time.Hour * 60 + time.Minute) % settings.BookingSlotMinutes != 0 || time.Second != 0
            ? SlotProblem.NotOnSlotBoundary
            : SlotProblem.None;
    }

    /// <summary>The valid slot starts of a day, in order.</summary>
    public static IReadOnlyList<DateTimeOffset> SlotsOn(Boutique boutique, BrandSettings settings, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(boutique);
        ArgumentNullException.ThrowIfNull(settings);
        var zone = Zone(boutique);
        var slots = new List<DateTimeOffset>();
        var length = settings.BookingSlotMinutes;
        foreach (var range in boutique.HoursOn(date))
        {
            // Slots start on boundaries of the slot length, counted from midnight, and end by closing time.
            var opens = (range.Opens.Hour * 60) + range.Opens.Minute;
            var closes = (range.Closes.Hour * 60) + range.Closes.Minute;
            for (var minute = (opens + length - 1) / length * length; minute + length <= closes; minute += length)
            {
                var local = date.ToDateTime(new TimeOnly(minute / 60, minute % 60));
                if (!zone.IsInvalidTime(local))
                {
                    slots.Add(new DateTimeOffset(local, zone.GetUtcOffset(local)));
                }
            }
        }

        return slots;
    }

    /// <summary>
    /// Up to <paramref name="count"/> bookable slots with at least <paramref name="partySize"/> free seats, nearest to
    /// <paramref name="wish"/> first (the same day, then the days around it), searched up to a week either side.
    /// </summary>
    public static async Task<IReadOnlyList<DateTimeOffset>> NearestFreeAsync(
        Boutique boutique, BrandSettings settings, IBookingStore store, DateTimeOffset now, DateTimeOffset wish, int partySize, int count = 3, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);

        // A wish in the past or beyond the horizon is searched from the nearest moment that can be booked.
        var horizon = now.AddDays(settings.BookingHorizonDays);
        var anchor = wish < now ? now : wish > horizon ? horizon : wish;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(anchor, Zone(boutique)).DateTime);

        // Equally near slots: the later one first, as customers more often can come later than earlier.
        var candidates = Enumerable.Range(-7, 15)
            .SelectMany(offset => SlotsOn(boutique, settings, day.AddDays(offset)))
            .Where(slot => slot != wish && Check(boutique, settings, now, slot) == SlotProblem.None)
            .OrderBy(slot => Math.Abs((slot - anchor).Ticks))
            .ThenByDescending(slot => slot);
        var found = new List<DateTimeOffset>();
        foreach (var slot in candidates)
        {
            var taken = await store.SeatsTakenAsync(boutique.Id, slot, cancellationToken).ConfigureAwait(false);
            if (taken + partySize <= boutique.TastingSeatsPerSlot)
            {
                found.Add(slot);
                if (found.Count == count)
                {
                    break;
                }
            }
        }

        return found.OrderBy(s => s).ToList();
    }

    private static TimeZoneInfo Zone(Boutique boutique) => TimeZoneInfo.FindSystemTimeZoneById(boutique.TimeZoneId);
}
