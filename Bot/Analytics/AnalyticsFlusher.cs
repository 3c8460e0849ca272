using Microsoft.Extensions.Options;

namespace Majordome.Bot.Analytics;

/// <summary>
/// Adds the in-memory counts to the database every <see cref="AnalyticsOptions.FlushInterval"/>, and once more when
/// the bot stops. Counts that cannot be written (the database is unreachable) are kept for the next try: the
/// reports lose nothing to an outage shorter than the bot's life.
/// </summary>
public sealed partial class AnalyticsFlusher : BackgroundService
{
    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(5);
    private readonly AnalyticsCounters _counters;
    private readonly SqlAnalyticsStore _store;
    private readonly AnalyticsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AnalyticsFlusher> _logger;

    /// <summary>Creates the flusher.</summary>
    public AnalyticsFlusher(AnalyticsCounters counters, SqlAnalyticsStore store, IOptions<AnalyticsOptions> options, TimeProvider time, ILogger<AnalyticsFlusher> logger)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _counters = counters;
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Writes what was counted since the last time; false when the database refused (the counts are kept).</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        var counts = _counters.Drain();
        if (counts.Count == 0)
        {
            return true;
        }

        try
        {
            await _store.AddAsync(counts, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _counters.Restore(counts);
            LogFlushFailed(e, counts.Count);
            return false;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.FlushInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes the last counts.
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Written here rather than at the end of ExecuteAsync, which may never run when the host stops right after
        // starting (the runtime starts it on the thread pool).
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(FinalFlushTimeout);
        await FlushAsync(timeout.Token).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Count} analytics counter(s) to the database; they are kept for the next try.")]
    private partial void LogFlushFailed(Exception exception, int count);
}
