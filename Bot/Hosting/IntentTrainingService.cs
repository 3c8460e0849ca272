using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Understanding;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Trains the intent recognizer from the brand's examples (brand/intents.yaml) in the background at start-up, so
/// the host answers at once: until the model is ready the menu's keywords and the FAQ serve. A missing or broken
/// file is logged and leaves the bot in keyword mode rather than stopping it.
/// </summary>
public sealed partial class IntentTrainingService : BackgroundService
{
    private readonly IntentModelHolder _models;
    private readonly UnderstandingOptions _options;
    private readonly BrandContentOptions _content;
    private readonly ILogger<IntentTrainingService> _logger;
    private readonly FlowCatalog _flows;

    /// <summary>Creates the service.</summary>
    public IntentTrainingService(IntentModelHolder models, IOptions<UnderstandingOptions> options, IOptions<BrandContentOptions> content, ILogger<IntentTrainingService> logger, FlowCatalog? flows = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(logger);
        _models = models;
        _options = options.Value;
        _content = content.Value;
        _logger = logger;
        _flows = flows ?? FlowCatalog.Empty;
    }

    /// <summary>The examples file: <see cref="UnderstandingOptions.ExamplesFile"/> in the brand content folder unless absolute.</summary>
    public string ExamplesPath => Path.GetFullPath(Path.Combine(_content.ContentDirectory, _options.ExamplesFile));

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.TrainAtStartup)
        {
            return;
        }

        // Let the host finish starting before the CPU-bound training begins.
        await Task.Yield();
        var path = ExamplesPath;
        try
        {
            // The declarative flows' examples teach the recognizer their ids as intents, which the main dialog maps to them.
            var examples = IntentExampleReader.ReadFile(path).Concat(_flows.Examples()).ToList();
            var model = await _models.RetrainAsync(examples, stoppingToken).ConfigureAwait(false);
            LogTrained(model.ExampleCount, model.IntentIds.Count, model.Threshold, model.TrainingTime.TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogTrainingFailed(e, path);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent recognizer trained on {Examples} examples of {Intents} intents (out-of-scope threshold {Threshold:0.00}) in {Seconds:0.0} s")]
    private partial void LogTrained(int examples, int intents, double threshold, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Intent recognizer not trained from {Path}; menu keywords and the FAQ serve meanwhile")]
    private partial void LogTrainingFailed(Exception exception, string path);
}
