using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// Processes the inbox in the background. Woken by <see cref="InboxSignal"/> (and once at start, which picks up
/// events left pending by a crash), it drains each conversation with pending events in its own task: one event at
/// a time, in timestamp order, while different conversations run in parallel up to the configured bound. A turn
/// that fails is logged and its event marked failed, so the conversation goes on. Finished events are purged
/// after the retention period.
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
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;
    private DateTimeOffset _lastAbandonedCheck = DateTimeOffset.MinValue;

    /// <summary>Creates the processor.</summary>
    public MessengerInboxProcessor(MessengerInbox inbox, InboxSignal signal, InboundEventHandler handler, IOptions<MessengerInboxOptions> options, IOptions<MessengerOptions> messenger, TimeProvider time, ILogger<MessengerInboxProcessor> logger)
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
        _enabled = messenger.Value.Enabled;
        _time = time;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.MaxConcurrentConversations, _options.MaxConcurrentConversations);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // Let the conversations in flight see the cancellation and stop; their unfinished events stay pending.
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // The host's shutdown timeout won: what is left is still pending and resumes at the next start.
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_enabled)
        {
            return;
        }

        _signal.Notify();
        try
        {
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

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PurgeIfDueAsync(stoppingToken).ConfigureAwait(false);
            await ReleaseAbandonedIfDueAsync(stoppingToken).ConfigureAwait(false);
            foreach (var conversation in await _inbox.PendingConversationsAsync(stoppingToken).ConfigureAwait(false))
            {
                // A conversation already draining picks up its new events itself: one worker per conversation.
                if (_running.ContainsKey(conversation))
                {
                    continue;
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
        try
        {
            // A turn that hangs (a stuck outbound call) must not hold its conversation forever.
            using var turn = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            turn.CancelAfter(_options.MaxTurnDuration);
            await _handler.HandleAsync(row, turn.Token).ConfigureAwait(false);
            succeeded = true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-turn: the event goes back to pending and is processed after the restart.
            await _inbox.ReleaseAsync(row.Id, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            // Not retried: the turn may already have sent part of its replies, and a retry would repeat them.
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing the Messenger conversation {ConversationId} stopped; its pending events are retried at the next signal")]
    private partial void LogDrainFailed(string conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read the Messenger inbox; retried at the next webhook")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} processed Messenger events past their retention")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} Messenger events claimed by an instance that stopped mid-turn are pending again")]
    private partial void LogReleased(int count);
}
