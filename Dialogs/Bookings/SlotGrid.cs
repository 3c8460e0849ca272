using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Bookings;

/// <summary>The bookable slot starts of a boutique's day, whatever is already booked.</summary>
public static class SlotGrid
{
    /// <summary>
    /// The slot starts on <paramref name="date"/>, in order, with the boutique's UTC offset: each opening range is
    /// cut into <paramref name="slotMinutes"/>-long slots from its opening time, and a slot must end by the range's
    /// closing, so a lunch break or an odd closing time (19:45) never holds a table. Empty on a closed day.
    /// </summary>
    /// <param name="boutique">The boutique.</param>
    /// <param name="date">The day, in the boutique's time zone.</param>
    /// <param name="slotMinutes">The slot length, <see cref="BrandSettings.BookingSlotMinutes"/>.</param>
    public static IReadOnlyList<DateTimeOffset> GetOpenSlots(Boutique boutique, DateOnly date, int slotMinutes)
    {
        ArgumentNullException.ThrowIfNull(boutique);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotMinutes);

        var slots = new List<DateTimeOffset>();
        foreach (var range in boutique.HoursOn(date))
        {
            foreach (var start in StartsIn(range, slotMinutes))
            {
                // A start skipped by a spring-forward change cannot be booked; none exists in daytime hours.
                if (BoutiqueClock.AtLocal(boutique, date, start) is { } instant)
                {
                    slots.Add(instant);
                }
            }
        }

        return slots;
    }

    /// <summary>The wall-clock slot starts of one range; minutes are counted so a range ending at midnight cannot wrap.</summary>
    internal static IEnumerable<TimeOnly> StartsIn(OpeningRange range, int slotMinutes)
    {
        var opens = range.Opens.Hour * 60 + range.Opens.Minute;
        var closes = range.Closes.Hour * 60 + range.Closes.Minute;
        for (var minute = opens; minute + slotMinutes <= closes; minute += slotMinutes)
        {
            yield return new TimeOnly(minute / 60, minute % 60);
        }
    }
}
