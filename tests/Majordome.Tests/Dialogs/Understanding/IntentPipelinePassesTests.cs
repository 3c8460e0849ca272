using System.Collections;
using Majordome.Dialogs.Understanding;
using Microsoft.ML;

namespace Majordome.Tests.Dialogs.Understanding;

/// <summary>
/// The trainers go over the examples many times (SDCA twice per pass, L-BFGS once per step): the examples are
/// featurized once and the trainer's passes read the features from memory, not the text again.
/// </summary>
public sealed class IntentPipelinePassesTests
{
    // Building the featurizer (its word and trigram dictionaries, the rare-feature counts, the label keys) reads the
    // examples a few times; the trainers' passes would read them dozens of times more (30 SDCA passes, as many L-BFGS
    // steps as it takes to converge) if the features were not kept.
    private const int FeaturizerPasses = 8;

    [Theory]
    [InlineData(IntentClassifierKind.MaximumEntropy)]
    [InlineData(IntentClassifierKind.Sdca)]
    public void Train_AManyPassTrainer_ReadsTheExamplesOnlyToFeaturizeThem(IntentClassifierKind classifier)
    {
        var rows = new CountedRows(
        [
            .. Enumerable.Range(0, 20).Select(i => Row($"réserver une table pour {i} personnes", "book")),
            .. Enumerable.Range(0, 20).Select(i => Row($"acheter {i} étuis de capsules", "shop")),
            .. Enumerable.Range(0, 20).Select(i => Row($"quel temps fera-t-il le {i}", "none")),
        ]);

        var (_, labels, _) = IntentPipeline.Train(new MLContext(7), rows, classifier, minimumFeatureCount: 2);

        Assert.Equal(3, labels.Length);
        Assert.InRange(rows.Passes, 1, FeaturizerPasses);
    }

    private static IntentPipeline.Row Row(string text, string label) => new() { Text = IntentPipeline.Prepare(text), Label = label };

    /// <summary>The training rows, counting how many times they are read through.</summary>
    private sealed class CountedRows(IReadOnlyList<IntentPipeline.Row> rows) : IEnumerable<IntentPipeline.Row>
    {
        private int _passes;

        public int Passes => Volatile.Read(ref _passes);

        public IEnumerator<IntentPipeline.Row> GetEnumerator()
        {
            // ML.NET may open several cursors at once.
            Interlocked.Increment(ref _passes);
            return rows.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
