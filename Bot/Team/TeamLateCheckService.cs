using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team;

/// <summary>
/// Runs <see cref="TeamLateCheck"/> in the background, a tenth of <see cref="TeamOptions.AnswerWithin"/> apart (at
/// least every 5 seconds, at most every minute), on the injected <see cref="TimeProvider"/> so tests move a fake clock.
/// </summary>
public sealed partial class TeamLateCheckService : BackgroundService
{
    private readonly TeamLateCheck _check;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger<TeamLateCheckService> _logger;

    /// <summary>Creates the service.</summary>
    public TeamLateCheckService(TeamLateCheck check, IOptions<TeamOptions> options, TimeProvider time, ILogger<TeamLateCheckService> logger)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _check = check;
        _interval = TimeSpan.FromTicks(Math.Clamp(options.Value.AnswerWithin.Ticks / 10, TimeSpan.FromSeconds(5).Ticks, TimeSpan.FromMinutes(1).Ticks));
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await _check.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database is away for now: the next tick tries again; the host keeps running.
                LogCheckFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for requests nobody took in time")]
    private partial void LogCheckFailed(Exception exception);
}
