using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// The hosted loop that sends due messages: a sweep, then a pause of <see cref="ProactiveOptions.PollInterval"/> on the
/// injected clock (none while a sweep found a full batch). A failing sweep (the database away) is logged and tried
/// again at the next pause; a stopping host ends the loop, and whatever it had claimed is taken again after the lease.
/// </summary>
public sealed partial class ProactiveWorker(ProactiveSweep sweep, IOptions<ProactiveOptions> options, TimeProvider time, ILogger<ProactiveWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled();
            return;
        }

        LogStarted(sweep.Claims.Instance);
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                var done = await sweep.RunOnceAsync(stoppingToken).ConfigureAwait(false);
                full = done.Count >= options.Value.BatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or TimeoutException or InvalidOperationException or IOException)
            {
                LogSweepFailed(exception);
            }

            if (!full)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Proactive messages: instance {Instance} sends the due ones")]
    private partial void LogStarted(string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Proactive messages are not sent by this instance (Proactive:Enabled is false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive messages: a sweep failed; tried again after the poll interval")]
    private partial void LogSweepFailed(Exception exception);
}
