using Majordome.Dialogs.Bookings;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Anticipation.Bookings;

/// <summary>
/// Schedules a booking's reminder the day before and its thanks the day after, when it is made or moved (the jobs
/// carry the start, so a moved booking's old ones no longer apply when due and are dropped by their composers, as are
/// a cancelled booking's).
/// </summary>
public sealed class BookingReminderScheduling
{
    private readonly AnticipationServices _anticipation;
    private readonly TimeProvider _time;

    /// <summary>Creates the scheduling.</summary>
    public BookingReminderScheduling(AnticipationServices anticipation, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(anticipation);
        ArgumentNullException.ThrowIfNull(time);
        _anticipation = anticipation;
        _time = time;
    }

    /// <summary>Schedules the reminder (unless it would be due almost at once) and the thanks of <paramref name="booking"/>; scheduling it again changes nothing.</summary>
    public async Task ScheduleAsync(ITurnContext turnContext, Booking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(booking);
        var jobs = new BookingJobs(booking.Reference, booking.Start);
        var address = TurnAddress.Of(turnContext, booking.CustomerKey);
        var reminderDue = booking.Start.AddDays(-1);
        if (reminderDue - _time.GetUtcNow() >= _anticipation.Options.BookingReminderMinimumNotice)
        {
            await _anticipation.Scheduler.ScheduleAsync(
                new ProactiveJobRequest(ProactiveKinds.BookingReminder, address, reminderDue.ToUniversalTime(), jobs.ToJson(), jobs.OnceKey(ProactiveKinds.BookingReminder)),
                cancellationToken).ConfigureAwait(false);
        }

        await _anticipation.Scheduler.ScheduleAsync(
            new ProactiveJobRequest(ProactiveKinds.BookingThanks, address, booking.Start.AddDays(1).ToUniversalTime(), jobs.ToJson(), jobs.OnceKey(ProactiveKinds.BookingThanks)),
            cancellationToken).ConfigureAwait(false);
    }
}
