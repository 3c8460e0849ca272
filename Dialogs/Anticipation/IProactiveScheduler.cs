namespace Majordome.Dialogs.Anticipation;

/// <summary>
/// The durable schedule of messages the assistant writes first. The host keeps it in the business database, sends
/// each due job once across instances, after checking the channel's rules, the customer's consent and pace.
/// </summary>
public interface IProactiveScheduler
{
    /// <summary>
    /// Schedules <paramref name="request"/>. Returns the job, or the existing one when a job with the same
    /// <see cref="ProactiveJobRequest.OnceKey"/> was already scheduled (nothing new is added).
    /// </summary>
    Task<ProactiveJob> ScheduleAsync(ProactiveJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels the customer's pending jobs, of one kind or (null) all; returns how many.</summary>
    Task<int> CancelPendingAsync(string customerKey, string? kind, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels the job scheduled with <paramref name="onceKey"/> if it is still pending, so whoever scheduled it (a
    /// flow, a sender) can take it back by the key it chose; false when there is none or it was already sent or ended.
    /// </summary>
    Task<bool> CancelAsync(string onceKey, string reason, CancellationToken cancellationToken = default);

    /// <summary>The customer's jobs, most recent first.</summary>
    Task<IReadOnlyList<ProactiveJob>> ListForCustomerAsync(string customerKey, CancellationToken cancellationToken = default);
}
