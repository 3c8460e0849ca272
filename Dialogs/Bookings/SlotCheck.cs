using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Bookings;

/// <summary>The outcome of <see cref="SlotPolicy.Check"/>.</summary>
/// <param name="Verdict">Bookable, or why not.</param>
/// <param name="Closure">The exceptional closure, with its label, when <paramref name="Verdict"/> is <see cref="SlotVerdict.ExceptionalClosure"/>.</param>
/// <param name="NearestSlots">
/// For <see cref="SlotVerdict.NotOnSlotBoundary"/> and <see cref="SlotVerdict.OutsideOpeningHours"/>, the two slot
/// starts of that day nearest to the request and still to come, in time order (seats not checked: see
/// <see cref="SlotFinder"/>); empty otherwise.
/// </param>
public sealed record SlotCheck(SlotVerdict Verdict, BoutiqueClosure? Closure, IReadOnlyList<DateTimeOffset> NearestSlots)
{
    /// <summary>Whether the slot can be booked, seats permitting.</summary>
    public bool IsBookable => Verdict == SlotVerdict.Ok;

    internal static SlotCheck Because(SlotVerdict verdict) => new(verdict, null, []);
}
