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
        var latest = await RecentProactiveMessage.FindAsync(anticipation, customerKey, ProactiveKinds.BookingThanks, Freshness, cancellationToken).ConfigureAwait(false);
        return latest is null ? null : BookingJobs.Of(latest)?.Reference;
    }
}
