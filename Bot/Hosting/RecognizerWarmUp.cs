using Majordome.Bot.Health;
using Majordome.Dialogs.Recognition;

namespace Majordome.Bot.Hosting;

/// <summary>
/// The date and number recognizers build their regular expressions on first use (about a second): do it at
/// start-up, in the background, rather than on a customer's first date. A stop does not wait for it.
/// </summary>
public sealed class RecognizerWarmUp : BackgroundService
{
    private readonly StartupReadiness _readiness;

    /// <summary>Creates the warm-up, which tells <paramref name="readiness"/> when it is done.</summary>
    public RecognizerWarmUp(StartupReadiness readiness)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        _readiness = readiness;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // The warm-up cannot be interrupted (seconds, far more on a busy machine): a stop does not wait for it,
            // or an idle bot asked to stop just after starting would take that long to exit.
            await Task.Run(DateTimeRecognizer.WarmUp, CancellationToken.None).WaitAsync(stoppingToken).ConfigureAwait(false);
            _readiness.MarkRecognizersWarm();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
