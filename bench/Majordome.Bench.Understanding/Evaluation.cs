using System.Diagnostics;
using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;

namespace Majordome.Bench.Understanding;

/// <summary>Trains on one set, predicts another, and measures what a customer would feel.</summary>
internal static class Evaluation
{
    private const int LatencyPasses = 20;

    /// <summary>Trains on <paramref name="train"/> and predicts <paramref name="test"/>.</summary>
    /// <param name="train">The training examples.</param>
    /// <param name="test">The held-out examples.</param>
    /// <param name="options">The recognizer's options.</param>
    /// <param name="entities">
    /// The brand's entity extractor when the sets are the brand's own: the explicit cues then see the products, party
    /// sizes and moments each message names, as customers' messages do. Null for other sets (a public benchmark's
    /// intents know nothing of the catalogue).
    /// </param>
    public static EvaluationReport Run(IReadOnlyList<IntentExample> train, IReadOnlyList<IntentExample> test, UnderstandingOptions options, EntityExtractor? entities = null)
    {
        // The processor time as well as the clock's: on a machine shared with other work the clock says more about
        // the neighbours than about the training, and the processor time of a one-thread trainer does not.
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var model = new IntentTrainer(options).Train(train);
        var trainingTime = clock.Elapsed;
        var trainingProcessorTime = Process.GetCurrentProcess().TotalProcessorTime - processor;

        var outcomes = new List<Outcome>(test.Count);
        foreach (var example in test)
        {
            var ranked = model.Predict(example.Text);
            // As customers get it: the explicit cues of a table and of products apply on top of the classifier (see
            // BookingCue and ShopCue, which IntentRecognizer applies in the same order).
            var language = IntentRecognizer.DetectLanguage(example.Text, model);
            var found = entities?.Extract(example.Text, language ?? Majordome.Dialogs.Localization.Languages.French) ?? UnderstoodEntities.Empty;
            var decision = ShopCue.Apply(BookingCue.Apply(model.Decide(ranked, options.AmbiguityMargin), model.IntentIds, example.Text, found), model.IntentIds, example.Text, found);

            // Ambiguous: the customer is offered the two best flows; the first is counted as the prediction.
            var predicted = decision.Kind switch
            {
                IntentDecisionKind.Confident or IntentDecisionKind.Ambiguous => decision.Candidates[0],
                _ => Intents.None,
            };
            var lexiconOnly = LanguageDetector.Detect(example.Text).Language;
            outcomes.Add(new Outcome(example, predicted, decision.Kind == IntentDecisionKind.Ambiguous, language, lexiconOnly));
        }

        return new EvaluationReport(model, trainingTime, trainingProcessorTime, outcomes, MeasureLatency(model, test));
    }

    /// <summary>Per-prediction latency of the classifier, in microseconds, after a warm-up pass.</summary>
    private static List<double> MeasureLatency(IntentModel model, IReadOnlyList<IntentExample> test)
    {
        foreach (var example in test)
        {
            model.Predict(example.Text);
        }

        var samples = new List<double>(test.Count * LatencyPasses);
        var clock = new Stopwatch();
        for (var pass = 0; pass < LatencyPasses; pass++)
        {
            foreach (var example in test)
            {
                clock.Restart();
                model.Predict(example.Text);
                samples.Add(clock.Elapsed.TotalMicroseconds);
            }
        }

        samples.Sort();
        return samples;
    }
}

/// <summary>One test example and what was predicted for it.</summary>
internal sealed record Outcome(IntentExample Example, string Predicted, bool Ambiguous, string? DetectedLanguage, string? LexiconLanguage)
{
    public bool Correct => Predicted == Example.Intent;
}
