namespace Majordome.Dialogs.Anticipation.Bookings;

/// <summary>
/// Which booking a typed "c'était super" answers: the one of the latest tasting thanks the customer was sent (or shown
/// at their visit) in the last days. Older thanks are no longer what they answer.
/// </summary>
public static class BookingFeedbackAnswer
{
    /// <summary>How long after the thanks a typed answer is still read as its answer.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromDays(3);

    /// <summary>The booking reference the answer is about, or null when no thanks was sent to the customer lately.</summary>
    public static async Task<string?> FindReferenceAsync(AnticipationServices? anticipation, string customerKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        if (anticipation is null)
        {
            return null;
        }

        var now = anticipation.Time.GetUtcNow();
        var jobs = await anticipation.Scheduler.ListForCustomerAsync(customerKey, cancellationToken).ConfigureAwait(false);
        var latest = jobs
            .Where(j => j.Request.Kind == ProactiveKinds.BookingThanks && j.Status == ProactiveJobStatus.Sent && now - j.UpdatedAt <= Freshness)
            .OrderByDescending(j => j.UpdatedAt)
            .FirstOrDefault();
        return latest is null ? null : BookingJobs.Of(latest)?.Reference;
    }
}
