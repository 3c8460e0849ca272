using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team;

/// <summary>Deletes, every hour, the conversation messages older than <see cref="TeamOptions.TranscriptRetention"/>.</summary>
public sealed partial class TranscriptPurgeService : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private readonly SqlTranscriptStore _transcripts;
    private readonly IOptions<TeamOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TranscriptPurgeService> _logger;

    /// <summary>Creates the service.</summary>
    public TranscriptPurgeService(SqlTranscriptStore transcripts, IOptions<TeamOptions> options, TimeProvider time, ILogger<TranscriptPurgeService> logger)
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _transcripts = transcripts;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _time);
        do
        {
            try
            {
                var purged = await _transcripts.PurgeAsync(_time.GetUtcNow() - _options.Value.TranscriptRetention, stoppingToken).ConfigureAwait(false);
                if (purged > 0)
                {
                    LogPurged(purged);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database is away for now (or not ready): the next hour tries again; the host keeps running.
                LogPurgeFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} conversation messages past their retention")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not purge old conversation messages")]
    private partial void LogPurgeFailed(Exception exception);
}
