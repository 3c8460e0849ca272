using Majordome.Dialogs.Recognition;

namespace Majordome.Bot.Hosting;

/// <summary>
/// The date and number recognizers build their regular expressions on first use (about a second): do it at
/// start-up, in the background, rather than on a customer's first date.
/// </summary>
public sealed class RecognizerWarmUp : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(DateTimeRecognizer.WarmUp, stoppingToken);
}
