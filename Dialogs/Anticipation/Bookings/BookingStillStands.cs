using Majordome.Dialogs.Bookings;

namespace Majordome.Dialogs.Anticipation.Bookings;

/// <summary>The booking a reminder or thanks job speaks of, if it still stands as scheduled (not cancelled, not moved, the same customer's).</summary>
public static class BookingStillStands
{
    /// <summary>The booking, or null when the job no longer applies.</summary>
    public static async Task<Booking?> FindAsync(IBookingStore bookings, ProactiveJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(job);
        if (BookingJobs.Of(job) is not { } scheduled)
        {
            return null;
        }

        var booking = await bookings.FindAsync(scheduled.Reference, cancellationToken).ConfigureAwait(false);
        return booking is { Status: BookingStatus.Confirmed } && booking.CustomerKey == job.Request.To.CustomerKey && booking.Start == scheduled.Start
            ? booking
            : null;
    }
}
