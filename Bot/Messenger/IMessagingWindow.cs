namespace Majordome.Bot.Messenger;

/// <summary>
/// When each customer last wrote, which opens Meta's 24-hour standard messaging window (and the 7-day window of a
/// human agent's HUMAN_AGENT-tagged reply). Persisted.
/// </summary>
public interface IMessagingWindow
{
    /// <summary>Records that the customer of <paramref name="thread"/> acted at <paramref name="at"/> (keeps the latest).</summary>
    Task RecordCustomerActivityAsync(MessengerThread thread, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>When the customer of <paramref name="thread"/> last acted, or null if never.</summary>
    Task<DateTimeOffset?> LastCustomerActivityAsync(MessengerThread thread, CancellationToken cancellationToken);
}
