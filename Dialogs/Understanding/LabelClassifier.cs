using System.Collections.Concurrent;
using Microsoft.ML;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// A trained classifier ready to predict from several threads: ML.NET's prediction engines are not thread-safe,
/// so each call borrows one from a small pool (creating one costs far more than a prediction).
/// </summary>
internal sealed class LabelClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<IntentPipeline.Row, IntentPipeline.Output>> _engines = [];

    private readonly TypoCorrector _typos;

    private LabelClassifier(MLContext ml, ITransformer model, string[] labels, TypoCorrector typos)
    {
        _ml = ml;
        _model = model;
        Labels = labels;
        _typos = typos;
    }

    /// <summary>The labels, in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many features (words, word pairs, character trigrams) the classifier weighs.</summary>
    public int FeatureCount { get; private init; }

    /// <summary>Trains on (text, label) pairs with the given algorithm and features, leaving out the features met in fewer than <paramref name="minimumFeatureCount"/> examples.</summary>
    public static LabelClassifier Train(
        IEnumerable<(string Text, string Label)> examples,
        int seed,
        IntentClassifierKind classifier = IntentClassifierKind.MaximumEntropy,
        IntentFeatures features = IntentFeatures.WordsAndCharacterTrigrams,
        int minimumFeatureCount = 1)
    {
        var ml = new MLContext(seed);
        var rows = examples.Select(e => new IntentPipeline.Row { Text = IntentPipeline.Prepare(e.Text), Label = e.Label }).ToList();

        // Balanced: a flow with 20 examples counts as much as one with 100, so the bigger "none" or FAQ sets do not
        // swallow the smaller flows.
        var perLabel = rows.CountBy(r => r.Label).ToDictionary(c => c.Key, c => c.Value);
        foreach (var row in rows)
        {
            row.Weight = (float)rows.Count / (perLabel.Count * perLabel[row.Label]);
        }

        var (model, labels, featureCount) = IntentPipeline.Train(ml, rows, classifier, features, minimumFeatureCount);
        return new LabelClassifier(ml, model, labels, new TypoCorrector(rows.Select(r => r.Text))) { FeatureCount = featureCount };
    }

    /// <summary>Every label's probability for <paramref name="text"/>, best first.</summary>
    public IntentScore[] Predict(string? text)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<IntentPipeline.Row, IntentPipeline.Output>(_model);
        }

        try
        {
            var scores = engine.Predict(new IntentPipeline.Row { Text = _typos.Correct(IntentPipeline.Prepare(text)) }).Score;
            var ranked = new IntentScore[scores.Length];
            for (var i = 0; i < scores.Length; i++)
            {
                ranked[i] = new IntentScore(Labels[i], scores[i]);
            }

            Array.Sort(ranked, (a, b) => b.Score.CompareTo(a.Score));
            return ranked;
        }
        finally
        {
            _engines.Add(engine);
        }
    }
}
