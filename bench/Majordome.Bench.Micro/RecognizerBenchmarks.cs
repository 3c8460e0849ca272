using BenchmarkDotNet.Attributes;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Bench.Micro;

/// <summary>
/// The learned recognizer on the shipped examples (brand/intents.yaml): one prediction of the classifier, and a
/// whole recognition (classifier, decision and entities, which run the date and number recognizers).
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private Microsoft.Extensions.DependencyInjection.ServiceProvider _services = null!;
    private IntentModel _model = null!;
    private IIntentRecognizer _recognizer = null!;

    [Params("je voudrais réserver une table pour 4 samedi à 15h à Lyon", "how much is delivery?", "2 boites d'arpegio")]
    public string Text { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _services = BotServices.Build();
        var examples = IntentExampleReader.ReadFile(Path.Combine(RepositoryRoot.BrandDirectory, "intents.yaml"));
        _model = _services.GetRequiredService<IntentModelHolder>().RetrainAsync(examples).GetAwaiter().GetResult();
        _recognizer = _services.GetRequiredService<IIntentRecognizer>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>The classifier alone: featurize and score every intent.</summary>
    [Benchmark]
    public IReadOnlyList<IntentScore> Predict() => _model.Predict(Text);

    /// <summary>What the router calls per message: intents, decision, language and entities.</summary>
    [Benchmark]
    public Task<UnderstandingResult> Recognize() => _recognizer.RecognizeAsync(new UnderstandingRequest(Text, "fr"));
}
