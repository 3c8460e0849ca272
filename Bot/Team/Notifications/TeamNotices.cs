using System.Data.Common;

namespace Majordome.Bot.Team.Notifications;

/// <summary>Queues a notice for every notifier the configuration turns on (none: nothing is written).</summary>
public sealed class TeamNotices
{
    private readonly SqlNotificationOutbox _outbox;
    private readonly IReadOnlyList<string> _targets;

    /// <summary>Creates the notices for <paramref name="notifiers"/>.</summary>
    public TeamNotices(SqlNotificationOutbox outbox, IEnumerable<ITeamNotifier> notifiers)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(notifiers);
        _outbox = outbox;
        _targets = [.. notifiers.Where(n => n.Enabled).Select(n => n.Target)];
    }

    /// <summary>
    /// Queues <paramref name="notice"/> under <paramref name="key"/> (the same key twice is queued once), naming the
    /// customer it is about so that erasing them erases the notice too (it may hold the contact they left).
    /// </summary>
    public Task QueueAsync(string key, string customerKey, TeamNotice notice, CancellationToken cancellationToken = default) =>
        _outbox.EnqueueAsync(key, customerKey, notice, _targets, cancellationToken);

    /// <summary>
    /// As <see cref="QueueAsync(string, string, TeamNotice, CancellationToken)"/>, inside <paramref name="transaction"/>:
    /// the notice is kept exactly when what it announces is.
    /// </summary>
    public Task QueueAsync(DbTransaction transaction, string key, string customerKey, TeamNotice notice, CancellationToken cancellationToken = default) =>
        _outbox.EnqueueAsync(transaction, key, customerKey, notice, _targets, cancellationToken);
}
