using Majordome.Bot.Health;
using Majordome.Dialogs.Recognition;

namespace Majordome.Bot.Hosting;

/// <summary>
/// The date and number recognizers build their regular expressions on first use (about a second): do it at
/// start-up, in the background, rather than on a customer's first date.
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
        await Task.Run(DateTimeRecognizer.WarmUp, stoppingToken).ConfigureAwait(false);
        _readiness.MarkRecognizersWarm();
    }
}
