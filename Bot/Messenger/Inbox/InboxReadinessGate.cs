using Majordome.Bot.Health;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// Holds the inbox's first turns until the intent model is trained (<see cref="StartupReadiness.UnderstandingSettled"/>),
/// or will not be, or <see cref="MessengerInboxOptions.ReadinessWait"/> is over. A turn run
/// before the model is trained routes with the menu's keywords only: a customer's first message that is a question or
/// a booking request ("a table in Lyon for 2 on Saturday") got the greeting and the menu instead of its answer, and
/// just after a restart the inbox holds every message that came during the downtime. The events wait stored and
/// acknowledged, so Meta redelivers nothing meanwhile.
/// </summary>
public sealed partial class InboxReadinessGate
{
    private readonly StartupReadiness _readiness;
    private readonly TimeSpan _maxWait;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the gate.</summary>
    public InboxReadinessGate(StartupReadiness readiness, TimeSpan maxWait, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _readiness = readiness;
        _maxWait = maxWait;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Returns once the model is settled, or after the longest wait (logged with what was still pending). The date and
    /// number recognizers warming up are not waited for: they make the first turns slower, not wrong.
    /// </summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _readiness.UnderstandingSettled.WaitAsync(_maxWait, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Keywords and the FAQ still serve: better a menu than no answer at all.
            LogNotReady(_maxWait, string.Join(", ", _readiness.Pending));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox waited {Wait} for the intent model and answers now anyway ({Pending} still pending)")]
    private partial void LogNotReady(TimeSpan wait, string pending);
}
