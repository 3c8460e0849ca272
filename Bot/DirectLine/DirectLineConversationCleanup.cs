using Microsoft.Extensions.Options;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// Every <see cref="DirectLineOptions.CleanupInterval"/>, forgets the Direct Line conversations idle for longer
/// than <see cref="DirectLineOptions.IdleTimeout"/>, so memory does not grow with every visitor who ever opened
/// the chat. The bot's own state (profile, bookings) is in the configured storage and stays.
/// </summary>
public sealed partial class DirectLineConversationCleanup : BackgroundService
{
    private readonly IDirectLineConversations _store;
    private readonly IOptions<DirectLineOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineConversationCleanup> _logger;

    /// <summary>Creates the service.</summary>
    public DirectLineConversationCleanup(IDirectLineConversations store, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineConversationCleanup> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Removes the idle conversations now; returns how many.</summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken = default)
    {
        var removed = await _store.RemoveIdleAsync(_time.GetUtcNow() - _options.Value.IdleTimeout, cancellationToken).ConfigureAwait(false);
        if (removed > 0)
        {
            LogRemoved(removed);
        }

        return removed;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Value.CleanupInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await CleanUpAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Npgsql.NpgsqlException e)
                {
                    // The shared database is unreachable for now: the next tick tries again.
                    LogFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Removed} idle Direct Line conversations")]
    private partial void LogRemoved(int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove idle Direct Line conversations this time")]
    private partial void LogFailed(Exception exception);
}
