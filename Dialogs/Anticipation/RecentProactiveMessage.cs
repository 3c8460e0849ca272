namespace Majordome.Dialogs.Anticipation;

/// <summary>
/// The latest message of a kind the assistant wrote first to a customer, when it is recent enough that the
/// customer's words now answer it ("oui je le prends" after a back-in-stock message, "c'était super" after a tasting
/// thanks). Older messages are no longer what they answer.
/// </summary>
public static class RecentProactiveMessage
{
    /// <summary>The latest job of <paramref name="kind"/> sent to <paramref name="customerKey"/> within <paramref name="freshness"/>, or null.</summary>
    public static async Task<ProactiveJob?> FindAsync(AnticipationServices? anticipation, string customerKey, string kind, TimeSpan freshness, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (anticipation is null)
        {
            return null;
        }

        var now = anticipation.Time.GetUtcNow();
        var jobs = await anticipation.Scheduler.ListForCustomerAsync(customerKey, cancellationToken).ConfigureAwait(false);
        return jobs
            .Where(j => j.Request.Kind == kind && j.Status == ProactiveJobStatus.Sent && now - j.UpdatedAt <= freshness)
            .MaxBy(j => j.UpdatedAt);
    }
}
