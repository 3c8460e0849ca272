namespace Majordome.Dialogs.Bookings;

/// <summary>Why a moment cannot be booked.</summary>
public enum SlotProblem
{
    /// <summary>It can be booked (if seats are left).</summary>
    None,

    /// <summary>It has passed.</summary>
    InThePast,

    /// <summary>Further ahead than the brand takes bookings.</summary>
    BeyondHorizon,

    /// <summary>The boutique is closed that day (weekly closed day or exceptional closure).</summary>
    ClosedDay,

    /// <summary>The boutique is open that day, but the slot does not fit inside its opening hours.</summary>
    OutsideOpeningHours,

    /// <summary>Not on a slot boundary (slots start every half hour).</summary>
    NotOnSlotBoundary,
}
