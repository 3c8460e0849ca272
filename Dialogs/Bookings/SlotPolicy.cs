using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Bookings;

/// <summary>The brand's booking rules for a tasting slot, decided on the boutique's wall clock; seats are not its concern.</summary>
public static class SlotPolicy
{
    /// <summary>Whether <paramref name="requested"/> is a bookable slot start for <paramref name="partySize"/> people, and if not why.</summary>
    /// <param name="boutique">Where.</param>
    /// <param name="settings">The horizon, the largest party and the slot length.</param>
    /// <param name="now">The current instant, from the injected <see cref="TimeProvider"/>.</param>
    /// <param name="requested">The slot start, already resolved in the customer's time zone; any offset works.</param>
    /// <param name="partySize">How many people.</param>
    public static SlotCheck Check(Boutique boutique, BrandSettings settings, DateTimeOffset now, DateTimeOffset requested, int partySize)
    {
        ArgumentNullException.ThrowIfNull(boutique);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partySize);

        // First, because no other day or time fixes it: the customer is offered the team straight away.
        if (partySize > settings.MaxPartySize)
        {
            return SlotCheck.Because(SlotVerdict.PartyTooLarge);
        }

        // A slot starting right now has begun by the time the customer walks in.
        if (requested <= now)
        {
            return SlotCheck.Because(SlotVerdict.InThePast);
        }

        var local = BoutiqueClock.ToLocal(boutique, requested);
        var date = DateOnly.FromDateTime(local.DateTime);

        // Counted in whole local days, as customers read "up to 60 days ahead": the 60th day is bookable all day.
        if (date > DateOnly.FromDateTime(BoutiqueClock.ToLocal(boutique, now).DateTime).AddDays(settings.BookingHorizonDays))
        {
            return SlotCheck.Because(SlotVerdict.BeyondHorizon);
        }

        return CheckDay(boutique, settings, now, requested, date, TimeOnly.FromDateTime(local.DateTime));
    }

    private static SlotCheck CheckDay(Boutique boutique, BrandSettings settings, DateTimeOffset now, DateTimeOffset requested, DateOnly date, TimeOnly time)
    {
        if (!boutique.WeeklyHours.TryGetValue(date.DayOfWeek, out var weekly) || weekly.Count == 0)
        {
            return SlotCheck.Because(SlotVerdict.ClosedDay);
        }

        if (boutique.ClosureOn(date) is { } closure)
        {
            return new SlotCheck(SlotVerdict.ExceptionalClosure, closure, []);
        }

        var slots = SlotGrid.GetOpenSlots(boutique, date, settings.BookingSlotMinutes);
        if (slots.Contains(requested))
        {
            return SlotCheck.Because(SlotVerdict.Ok);
        }

        // A slot must start at or after opening and end by closing of the same range. If it would, the customer most
        // likely rounded or mistyped (15:10): we accept only slot starts rather than guess, and offer the neighbours.
        var length = TimeSpan.FromMinutes(settings.BookingSlotMinutes);
        var fits = weekly.Any(r => time >= r.Opens && time.ToTimeSpan() + length <= r.Closes.ToTimeSpan());
        var verdict = fits ? SlotVerdict.NotOnSlotBoundary : SlotVerdict.OutsideOpeningHours;
        return new SlotCheck(verdict, null, Nearest(slots, requested, now));
    }

    /// <summary>The two slot starts of the day nearest to the request that are still to come, in time order.</summary>
    private static List<DateTimeOffset> Nearest(IReadOnlyList<DateTimeOffset> slots, DateTimeOffset requested, DateTimeOffset now) =>
        [.. slots.Where(s => s > now).OrderBy(s => (s - requested).Duration()).ThenBy(s => s).Take(2).Order()];
}
