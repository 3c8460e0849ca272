using System.Threading.Channels;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Understanding;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Trains the intent recognizer from the brand's examples (brand/intents.yaml) in the background at start-up, so
/// the host answers at once: until the model is ready the menu's keywords and the FAQ serve. A missing or broken
/// file is logged and leaves the bot in keyword mode rather than stopping it. When the flow files are reloaded
/// with other examples, the recognizer is trained again so a new flow's sentences lead to it.
/// </summary>
public sealed partial class IntentTrainingService : BackgroundService
{
    private readonly IntentModelHolder _models;
    private readonly UnderstandingOptions _options;
    private readonly BrandContentOptions _content;
    private readonly ILogger<IntentTrainingService> _logger;
    private readonly FlowCatalogSource _flows;
    private readonly Health.StartupReadiness _readiness;
    private readonly Channel<bool> _flowsChanged = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Creates the service.</summary>
    public IntentTrainingService(IntentModelHolder models, IOptions<UnderstandingOptions> options, IOptions<BrandContentOptions> content, ILogger<IntentTrainingService> logger, FlowCatalogSource? flows = null, Health.StartupReadiness? readiness = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(logger);
        _models = models;
        _options = options.Value;
        _content = content.Value;
        _logger = logger;
        _flows = flows ?? new FlowCatalogSource();
        _readiness = readiness ?? new Health.StartupReadiness();
    }

    /// <summary>The examples file: <see cref="UnderstandingOptions.ExamplesFile"/> in the brand content folder unless absolute.</summary>
    public string ExamplesPath => Path.GetFullPath(Path.Combine(_content.ContentDirectory, _options.ExamplesFile));

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.TrainAtStartup)
        {
            _readiness.MarkUnderstandingSettled();
            return;
        }

        // Let the host finish starting before the CPU-bound training begins.
        await Task.Yield();
        _flows.Changed += OnFlowsChanged;
        try
        {
            var trained = await TrainAsync(null, stoppingToken).ConfigureAwait(false);

            // Trained, or not trainable (logged): either way the instance answers as it will from now on.
            _readiness.MarkUnderstandingSettled();
            while (await _flowsChanged.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                _flowsChanged.Reader.TryRead(out _);
                trained = await TrainAsync(trained, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            _flows.Changed -= OnFlowsChanged;
        }
    }

    private void OnFlowsChanged(object? sender, FlowCatalogChangedEventArgs e) => _flowsChanged.Writer.TryWrite(true);

    /// <summary>
    /// Trains on the brand's examples and the current flows' examples, unless the flows' examples are the ones
    /// <paramref name="trainedFlowExamples"/> already taught (a reload that changed only steps); returns the flows'
    /// examples the model now knows.
    /// </summary>
    private async Task<IReadOnlyList<IntentExample>?> TrainAsync(IReadOnlyList<IntentExample>? trainedFlowExamples, CancellationToken stoppingToken)
    {
        var flowExamples = _flows.Current.Examples();
        if (trainedFlowExamples is not null && trainedFlowExamples.SequenceEqual(flowExamples))
        {
            return trainedFlowExamples;
        }

        var path = ExamplesPath;
        try
        {
            // The declarative flows' examples teach the recognizer their ids as intents, which the main dialog maps to them.
            var examples = IntentExampleReader.ReadFile(path).Concat(flowExamples).ToList();
            var model = await _models.RetrainAsync(examples, stoppingToken).ConfigureAwait(false);
            LogTrained(model.ExampleCount, model.IntentIds.Count, model.Threshold, model.TrainingTime.TotalSeconds);
            return flowExamples;
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogTrainingFailed(e, path);
            return trainedFlowExamples;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent recognizer trained on {Examples} examples of {Intents} intents (out-of-scope threshold {Threshold:0.00}) in {Seconds:0.0} s")]
    private partial void LogTrained(int examples, int intents, double threshold, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Intent recognizer not trained from {Path}; menu keywords and the FAQ serve meanwhile")]
    private partial void LogTrainingFailed(Exception exception, string path);
}
