namespace Majordome.Bot.Telemetry;

/// <summary>Reads the inbox backlog for <see cref="InboxBacklogMetrics"/> every <see cref="InboxBacklogMetrics.Interval"/>, while metrics are exported.</summary>
public sealed partial class InboxBacklogSampler : BackgroundService
{
    private readonly InboxBacklogMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxBacklogSampler> _logger;

    /// <summary>Creates the sampler.</summary>
    public InboxBacklogSampler(InboxBacklogMetrics metrics, TimeProvider time, ILogger<InboxBacklogSampler> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(InboxBacklogMetrics.Interval, _time);
        do
        {
            try
            {
                await _metrics.SampleAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that does not answer now is the health checks' business: the gauges keep the last reading.
                LogSampleFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the inbox backlog for the metrics")]
    private partial void LogSampleFailed(Exception exception);
}
