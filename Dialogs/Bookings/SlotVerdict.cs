namespace Majordome.Dialogs.Bookings;

/// <summary>Whether a requested tasting slot can be booked, and if not, the one reason the customer is told.</summary>
public enum SlotVerdict
{
    /// <summary>Bookable, seats permitting.</summary>
    Ok,

    /// <summary>More people than one booking takes: a group request for the team.</summary>
    PartyTooLarge,

    /// <summary>The slot has already started.</summary>
    InThePast,

    /// <summary>Further ahead than <see cref="Content.BrandSettings.BookingHorizonDays"/>.</summary>
    BeyondHorizon,

    /// <summary>The boutique's weekly closed day, such as Monday.</summary>
    ClosedDay,

    /// <summary>An exceptional closure such as a public holiday; <see cref="SlotCheck.Closure"/> says which.</summary>
    ExceptionalClosure,

    /// <summary>Open that day, but the slot starts before opening, in a break, or would end after closing.</summary>
    OutsideOpeningHours,

    /// <summary>Would fit in the opening hours but falls between two slot starts (15:10); <see cref="SlotCheck.NearestSlots"/> has the neighbours.</summary>
    NotOnSlotBoundary,
}
