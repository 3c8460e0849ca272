namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// Days a customer named without choosing one of them ("la semaine prochaine", "this month", "next spring"): the
/// booking offers the first free times among them instead of asking "when?" as if nothing had been said.
/// </summary>
/// <param name="First">The first day of the period, on the customer's calendar.</param>
/// <param name="Last">The last day of the period, included.</param>
public sealed record BookingPeriod(DateOnly First, DateOnly Last)
{
    /// <summary>The days from <paramref name="start"/> to <paramref name="end"/>, the recognizer's exclusive end (local midnight after the last day).</summary>
    public static BookingPeriod Between(DateTimeOffset start, DateTimeOffset end)
    {
        var first = DateOnly.FromDateTime(start.DateTime);
        var last = DateOnly.FromDateTime(end.DateTime).AddDays(end.TimeOfDay == TimeSpan.Zero ? -1 : 0);
        return new BookingPeriod(first, last < first ? first : last);
    }
}
