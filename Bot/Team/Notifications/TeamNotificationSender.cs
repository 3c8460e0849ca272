using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team.Notifications;

/// <summary>
/// Sends the outbox's notices in the background, each through its notifier. A failure is tried again later with a
/// doubling delay (up to an hour) until <see cref="TeamNotificationOptions.MaxAttempts"/>, then given up and logged as
/// an error. Reads the clock from <see cref="TimeProvider"/>, so tests move time instead of waiting.
/// </summary>
public sealed partial class TeamNotificationSender : BackgroundService
{
    private const int Batch = 20;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);
    private readonly SqlNotificationOutbox _outbox;
    private readonly IReadOnlyDictionary<string, ITeamNotifier> _notifiers;
    private readonly TeamNotificationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TeamNotificationSender> _logger;

    /// <summary>Creates the sender.</summary>
    public TeamNotificationSender(SqlNotificationOutbox outbox, IEnumerable<ITeamNotifier> notifiers, IOptions<TeamNotificationOptions> options, TimeProvider time, ILogger<TeamNotificationSender> logger)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(notifiers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _outbox = outbox;
        _notifiers = notifiers.ToDictionary(n => n.Target, StringComparer.Ordinal);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Sends what is due now; returns how many went out. The background loop calls it at each tick.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        // A claim outlives the slowest delivery (an SMTP timeout, the webhook's retries), so no other instance takes it meanwhile.
        var claimFor = _options.Email.Timeout + (_options.Webhook.Timeout * (_options.Webhook.Retries + 1)) + TimeSpan.FromMinutes(1);
        var sent = 0;
        foreach (var due in await _outbox.ClaimDueAsync(Batch, claimFor, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (!_notifiers.TryGetValue(due.Target, out var notifier))
                {
                    throw new InvalidOperationException($"no notifier \"{due.Target}\" is configured any more");
                }

                await notifier.SendAsync(due.Notice, cancellationToken).ConfigureAwait(false);
                await _outbox.MarkSentAsync(due.Id, cancellationToken).ConfigureAwait(false);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var attempts = due.Attempts + 1;
                var retryAt = attempts >= _options.MaxAttempts ? (DateTimeOffset?)null : _time.GetUtcNow() + Delay(attempts);
                if (retryAt is null)
                {
                    LogAbandoned(exception, due.Target, due.Id, attempts);
                }
                else
                {
                    LogFailed(due.Target, due.Id, attempts, exception.Message);
                }

                await _outbox.MarkFailedAsync(due.Id, exception.Message, retryAt, cancellationToken).ConfigureAwait(false);
            }
        }

        return sent;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.PollInterval, _time);
        do
        {
            try
            {
                while (await SendDueAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    // A full batch may leave more behind: read again before waiting.
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database is away for now: the next tick tries again; the host keeps running.
                LogOutboxUnreadable(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private TimeSpan Delay(int attempts)
    {
        var delay = _options.RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay > MaxDelay ? MaxDelay : delay;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team notification {Id} by {Target} failed (attempt {Attempts}), tried again later: {Reason}")]
    private partial void LogFailed(string target, long id, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Team notification {Id} by {Target} given up after {Attempts} attempts")]
    private partial void LogAbandoned(Exception exception, string target, long id, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the team notifications' outbox")]
    private partial void LogOutboxUnreadable(Exception exception);
}
