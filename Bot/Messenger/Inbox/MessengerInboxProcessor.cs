using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// Processes the inbox in the background. Woken by <see cref="InboxSignal"/> (and by its own heartbeat, so nothing
/// waits for the next webhook), it drains each conversation with pending events in its own task: one event at a
/// time, in timestamp order, while different conversations run in parallel up to the configured bound. A turn that
/// fails is logged and its event marked failed, so the conversation goes on. At start it takes back the events its
/// instance's previous run had claimed (a crash, a kill -9); while running it heart-beats and gives back the claims of
/// runs that stopped heart-beating. Its first turns wait until the instance is ready (<see cref="InboxReadinessGate"/>). Asked to stop, it claims nothing more, lets the turns in progress finish within
/// <see cref="MessengerInboxOptions.DrainTimeout"/>, then cancels the others and hands their events back. Finished
/// events are purged after the retention period.
/// </summary>
public sealed partial class MessengerInboxProcessor : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);
    private static readonly TimeSpan AbandonedCheckInterval = TimeSpan.FromMinutes(1);

    private readonly MessengerInbox _inbox;
    private readonly InboxSignal _signal;
    private readonly InboundEventHandler _handler;
    private readonly MessengerInboxOptions _options;
    private readonly bool _enabled;
    private readonly TimeProvider _time;
    private readonly ILogger<MessengerInboxProcessor> _logger;
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots;
    private readonly InboxReadinessGate _ready;

    // Cancelled once the drain time after a stop request is over: the turns still running are cut short.
    private readonly CancellationTokenSource _drain = new();

    // Cancelled at the very end of the stop: the heartbeat goes on while turns drain, so nobody takes them meanwhile.
    private readonly CancellationTokenSource _alive = new();
    private Task _heartbeat = Task.CompletedTask;
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    // A host torn down by a test factory may dispose its services before stopping them: a stop then has nothing to do.
    private volatile bool _disposed;
    private DateTimeOffset _lastAbandonedCheck = DateTimeOffset.MinValue;

    /// <summary>Creates the processor.</summary>
    public MessengerInboxProcessor(MessengerInbox inbox, InboxSignal signal, InboundEventHandler handler, IOptions<MessengerInboxOptions> options, IOptions<MessengerOptions> messenger, TimeProvider time, ILogger<MessengerInboxProcessor> logger, IEnumerable<Channels.IInboxChannel>? channels = null, Health.StartupReadiness? readiness = null)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(messenger);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _inbox = inbox;
        _signal = signal;
        _handler = handler;
        _options = options.Value;
        // Runs when Messenger or any other channel sharing the inbox (WhatsApp) is configured.
        _enabled = messenger.Value.Enabled || (channels ?? []).Any(c => c.Enabled);
        _time = time;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.MaxConcurrentConversations, _options.MaxConcurrentConversations);

        // A host without start-up work to wait for (a test composition) is ready at once.
        var ready = readiness ?? ReadyNow();
        _ready = new InboxReadinessGate(ready, _options.ReadinessWait, time, logger);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            return;
        }

        // No event is claimed from now on; the turns in progress have the drain time to finish.
        _drain.CancelAfter(_options.DrainTimeout);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // The host's shutdown timeout won: what is left is handed back below, or taken back at the next start.
        }
        finally
        {
            try
            {
                await _alive.CancelAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The host disposed the service while this stop was still waiting (its shutdown timeout passed, as
                // when a test host is torn down during start-up): the heartbeat's token is gone with it.
            }

            await _heartbeat.ConfigureAwait(false);
            if (_enabled)
            {
                await HandBackAsync().ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _disposed = true;
        _drain.Dispose();
        _alive.Dispose();
        _slots.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_enabled)
        {
            return;
        }

        await TakeBackAsync(stoppingToken).ConfigureAwait(false);

        // Runs until the very end of the stop (not awaited here: the stop waits for this method first).
        _heartbeat = HeartbeatAsync(stoppingToken);
        try
        {
            // The first turns wait for the intent model: events are stored and acknowledged meanwhile.
            await _ready.WaitAsync(stoppingToken).ConfigureAwait(false);
            _signal.Notify();
            while (await _signal.WaitAsync(stoppingToken).ConfigureAwait(false))
            {
                _signal.TryConsume();
                await DispatchAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private static Health.StartupReadiness ReadyNow()
    {
        var readiness = new Health.StartupReadiness();
        readiness.MarkUnderstandingSettled();
        return readiness;
    }

    private async Task TakeBackAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _inbox.HeartbeatAsync(stoppingToken).ConfigureAwait(false);
            var taken = await _inbox.TakeBackPreviousRunsAsync(stoppingToken).ConfigureAwait(false);
            if (taken > 0)
            {
                LogTakenBack(taken, _inbox.Instance.InstanceId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The heartbeat tries again; the previous run's claims then lapse with their lease instead.
            LogDispatchFailed(ex);
        }
    }

    private async Task HeartbeatAsync(CancellationToken stoppingToken)
    {
        // Three beats per lease, so one late beat does not lose the claims.
        using var timer = new PeriodicTimer(_options.ClaimLease / 3, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_alive.Token).ConfigureAwait(false))
            {
                try
                {
                    await _inbox.HeartbeatAsync(_alive.Token).ConfigureAwait(false);
                    if (stoppingToken.IsCancellationRequested)
                    {
                        continue;
                    }

                    var released = await _inbox.ReleaseOrphanedAsync(_time.GetUtcNow() - _options.ClaimLease, stoppingToken).ConfigureAwait(false);
                    if (released > 0)
                    {
                        LogReleased(released);
                    }

                    // Also picks up what a failed pass (the database was busy) left pending.
                    _signal.Notify();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogDispatchFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (_alive.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private async Task HandBackAsync()
    {
        try
        {
            var handed = await _inbox.ReleaseOwnAsync(CancellationToken.None).ConfigureAwait(false);
            if (handed > 0)
            {
                LogHandedBack(handed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Taken back at this instance's next start, or by another instance once the lease is over.
            LogDispatchFailed(ex);
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PurgeIfDueAsync(stoppingToken).ConfigureAwait(false);
            await ReleaseAbandonedIfDueAsync(stoppingToken).ConfigureAwait(false);

            // Workers are started only for free slots: with every slot busy (a burst), a webhook's signal costs nothing,
            // and the worker that finishes signals again. The query asks for the running conversations too, as they
            // may be among the oldest and are skipped.
            var running = _running.Count;
            var free = _options.MaxConcurrentConversations - running;
            if (free <= 0)
            {
                return;
            }

            foreach (var conversation in await _inbox.PendingConversationsAsync(free + running, stoppingToken).ConfigureAwait(false))
            {
                // A conversation already draining picks up its new events itself: one worker per conversation.
                if (_running.ContainsKey(conversation))
                {
                    continue;
                }

                if (free-- <= 0)
                {
                    break;
                }

                var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var worker = Task.Run(async () =>
                {
                    await started.Task.ConfigureAwait(false);
                    await DrainAsync(conversation, stoppingToken).ConfigureAwait(false);
                }, CancellationToken.None);
                _running[conversation] = worker;
                started.SetResult();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database may be briefly unavailable: the next webhook or restart tries again.
            LogDispatchFailed(ex);
        }
    }

    private async Task DrainAsync(string conversation, CancellationToken stoppingToken)
    {
        var acquired = false;
        var handedOff = false;
        try
        {
            await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
            acquired = true;
            while (!stoppingToken.IsCancellationRequested)
            {
                var rows = await _inbox.PendingAsync(conversation, BatchSize, stoppingToken).ConfigureAwait(false);
                if (rows.Count == 0)
                {
                    break;
                }

                foreach (var row in rows)
                {
                    // Stopping: nothing new is started.
                    if (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }

                    // Another instance has this conversation in hand (several instances share PostgreSQL): it
                    // drains the conversation's later events itself.
                    if (!await _inbox.TryClaimAsync(row, stoppingToken).ConfigureAwait(false))
                    {
                        handedOff = true;
                        return;
                    }

                    await ProcessAsync(row, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the event being processed stays pending and is processed after the restart.
        }
        catch (Exception ex)
        {
            LogDrainFailed(conversation, ex);

            // The database failed (not a turn: those are caught per event): pause before the retry the finally asks for.
            await PauseAfterFailureAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            if (acquired)
            {
                _slots.Release();
            }

            _running.TryRemove(conversation, out _);

            // Events stored while this worker was finishing were skipped by the dispatcher: look again (unless
            // another instance has the conversation, which would only make this one spin).
            if (!stoppingToken.IsCancellationRequested && !handedOff)
            {
                _signal.Notify();
            }
        }
    }

    private async Task ProcessAsync(InboxRow row, CancellationToken stoppingToken)
    {
        bool succeeded;

        // A turn that hangs (a stuck outbound call) must not hold its conversation forever; a stop lets it finish
        // within the drain time.
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(_drain.Token);
        turn.CancelAfter(_options.MaxTurnDuration);
        try
        {
            await _handler.HandleAsync(row, turn.Token).ConfigureAwait(false);
            succeeded = true;
        }
        catch (OperationCanceledException) when (_drain.IsCancellationRequested)
        {
            // Still running when the drain time ran out: the event goes back to pending and runs again after the
            // restart, where the replies it already sent are skipped.
            await _inbox.ReleaseAsync(row.Id, CancellationToken.None).ConfigureAwait(false);
            LogCutShort(row.ChannelId, row.ConversationId, row.Id);
            throw new OperationCanceledException("Stopping", stoppingToken);
        }
        catch (OperationCanceledException) when (turn.IsCancellationRequested)
        {
            // Not retried: it would likely hang again.
            LogTurnTimedOut(row.ChannelId, row.ConversationId, row.Id, _options.MaxTurnDuration);
            succeeded = false;
        }
        catch (Exception ex)
        {
            // Not retried: the turn failed on its own (a bug, a refused reply), and would fail again.
            LogTurnFailed(row.ChannelId, row.ConversationId, row.Id, ex);
            succeeded = false;
        }

        await _inbox.MarkFinishedAsync(row.Id, succeeded, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task PauseAfterFailureAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private async Task ReleaseAbandonedIfDueAsync(CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        if (now - _lastAbandonedCheck < AbandonedCheckInterval)
        {
            return;
        }

        // A claim older than two turn limits belongs to an instance that died mid-turn (a live one cancels its
        // turn at the limit and marks the event): give it back so the conversation is not stuck behind it.
        _lastAbandonedCheck = now;
        var released = await _inbox.ReleaseAbandonedAsync(now - (2 * _options.MaxTurnDuration), stoppingToken).ConfigureAwait(false);
        if (released > 0)
        {
            LogReleased(released);
        }
    }

    private async Task PurgeIfDueAsync(CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        if (now - _lastPurge < PurgeInterval)
        {
            return;
        }

        _lastPurge = now;
        var purged = await _inbox.PurgeFinishedAsync(now - _options.Retention, stoppingToken).ConfigureAwait(false);
        if (purged > 0)
        {
            LogPurged(purged);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {ChannelId} event {RowId} of conversation {ConversationId} failed; the conversation goes on")]
    private partial void LogTurnFailed(string channelId, string conversationId, long rowId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {ChannelId} event {RowId} of conversation {ConversationId} took longer than {Limit} and was cancelled")]
    private partial void LogTurnTimedOut(string channelId, string conversationId, long rowId, TimeSpan limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping: the {ChannelId} event {RowId} of conversation {ConversationId} did not finish within the drain time and is handed back")]
    private partial void LogCutShort(string channelId, string conversationId, long rowId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Took back {Count} Messenger events the previous run of instance {InstanceId} was processing")]
    private partial void LogTakenBack(int count, string instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: handed back {Count} Messenger events")]
    private partial void LogHandedBack(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing the Messenger conversation {ConversationId} stopped; its pending events are retried at the next signal")]
    private partial void LogDrainFailed(string conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read the Messenger inbox; retried at the next webhook")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} processed Messenger events past their retention")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} Messenger events claimed by a run that stopped heart-beating are pending again")]
    private partial void LogReleased(int count);
}
