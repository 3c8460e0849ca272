using System.Diagnostics;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Trains an <see cref="IntentModel"/> from the flows' examples. The out-of-scope threshold is not guessed:
/// the examples are split into stratified folds, each fold is predicted by a model trained on the others, and
/// the threshold that decides those held-out predictions best (each flow right, "none" right) is kept.
/// </summary>
public sealed class IntentTrainer
{
    private readonly UnderstandingOptions _options;

    /// <summary>Creates a trainer.</summary>
    public IntentTrainer(UnderstandingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Trains a model; CPU-bound (a second or two for a few hundred examples on one core).</summary>
    /// <exception cref="ArgumentException">Fewer than two intents, or an intent with fewer than two examples.</exception>
    public IntentModel Train(IReadOnlyList<IntentExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var usable = examples.Where(e => !string.IsNullOrWhiteSpace(e.Text) && !string.IsNullOrWhiteSpace(e.Intent)).ToList();
        var byIntent = usable.GroupBy(e => e.Intent).ToList();
        if (byIntent.Count < 2)
        {
            throw new ArgumentException("The recognizer needs examples of at least two intents.", nameof(examples));
        }

        if (byIntent.FirstOrDefault(g => g.Count() < 2) is { } thin)
        {
            throw new ArgumentException($"The intent '{thin.Key}' has fewer than two examples; give each flow several ways to say it.", nameof(examples));
        }

        var clock = Stopwatch.StartNew();
        // Chosen on the whole set's size, so that the fold models that choose the threshold are the final model's kind.
        var classifier = ClassifierFor(usable.Count);
        var folds = AssignFolds(usable);
        var foldsRun = Enumerable.Range(0, usable.Count >= _options.SingleFoldFrom ? 1 : _options.ValidationFolds)
            .Where(fold => usable.Where((_, i) => folds[i] != fold).Select(e => e.Intent).Distinct().Count() >= 2)
            .ToList();
        var withLanguage = usable.Where(e => e.Language is not null).Select(e => (e.Text, e.Language!)).ToList();
        var trainsLanguages = withLanguage.Select(e => e.Item2).Distinct().Count() >= 2;

        // The fold models, the final intent model and the language model are independent trainings, each with its own
        // seeded context: they run side by side on the machine's cores (the maximum-entropy trainers are given one
        // thread each so that a training stays reproducible) and give the same models in any order.
        var foldModels = new LabelClassifier?[foldsRun.Count];
        LabelClassifier? intents = null;
        LabelClassifier? languages = null;
        var trainings = foldsRun.Select((fold, k) => (Action)(() => foldModels[k] = Classifier(usable.Where((_, i) => folds[i] != fold).Select(e => (e.Text, e.Intent)), usable.Count, classifier)))
            .Append(() => intents = Classifier(usable.Select(e => (e.Text, e.Intent)), usable.Count, classifier))
            .Append(() => languages = trainsLanguages ? Classifier(withLanguage, usable.Count, classifier) : null)
            .ToList();
        try
        {
            Parallel.ForEach(trainings, new ParallelOptions { MaxDegreeOfParallelism = _options.TrainingThreads, CancellationToken = cancellationToken }, training => training());
        }
        catch (AggregateException e)
        {
            // A training that fails fails the whole training with its own exception, as when they ran one after the
            // other: the training service logs an ArgumentException or an InvalidOperationException, not an aggregate.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var heldOut = new List<(IReadOnlyList<IntentScore> Scores, string Truth)>(usable.Count);
        for (var k = 0; k < foldsRun.Count; k++)
        {
            var model = foldModels[k]!;
            heldOut.AddRange(usable.Where((_, i) => folds[i] == foldsRun[k]).Select(e => ((IReadOnlyList<IntentScore>)model.Predict(e.Text), e.Intent)));
        }

        var threshold = BestThreshold(heldOut);
        var accuracy = heldOut.Count == 0 ? 0 : (double)heldOut.Count(h => (IntentModel.Decide(h.Scores, threshold, 0).Intent ?? Intents.None) == h.Truth) / heldOut.Count;
        return new IntentModel(intents!, languages, threshold, accuracy, usable.Count, clock.Elapsed) { ValidatedExamples = heldOut.Count, Classifier = classifier };
    }

    /// <summary>The configured algorithm, <see cref="IntentClassifierKind.Automatic"/> resolved by the set's size.</summary>
    private IntentClassifierKind ClassifierFor(int exampleCount) => _options.Classifier switch
    {
        IntentClassifierKind.Automatic when exampleCount >= _options.SdcaFrom => IntentClassifierKind.Sdca,
        IntentClassifierKind.Automatic => IntentClassifierKind.MaximumEntropy,
        var chosen => chosen,
    };

    private LabelClassifier Classifier(IEnumerable<(string Text, string Label)> examples, int exampleCount, IntentClassifierKind classifier) =>
        LabelClassifier.Train(examples, _options.Seed, classifier, _options.Features, exampleCount >= _options.RareFeaturesDroppedFrom ? 2 : 1);

    /// <summary>
    /// The threshold deciding the held-out predictions best. Every threshold in the best plateau scores the same
    /// on these examples; the middle of the plateau is the one least tied to them.
    /// </summary>
    internal static double BestThreshold(IReadOnlyList<(IReadOnlyList<IntentScore> Scores, string Truth)> heldOut)
    {
        var candidates = Enumerable.Range(0, 96).Select(i => i / 100.0).ToList();
        var correct = candidates.Select(t => heldOut.Count(h =>
            (IntentModel.Decide(h.Scores, t, 0).Intent ?? Intents.None) == h.Truth)).ToList();
        var best = correct.Max();
        var first = correct.IndexOf(best);
        var last = first;
        while (last + 1 < correct.Count && correct[last + 1] == best)
        {
            last++;
        }

        return (candidates[first] + candidates[last]) / 2;
    }

    /// <summary>Stratified folds: each intent's examples, shuffled with the seed, dealt round-robin.</summary>
    private int[] AssignFolds(List<IntentExample> examples)
    {
        var random = new Random(_options.Seed);
        var folds = new int[examples.Count];
        foreach (var group in Enumerable.Range(0, examples.Count).GroupBy(i => examples[i].Intent))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < shuffled.Count; k++)
            {
                folds[shuffled[k]] = k % _options.ValidationFolds;
            }
        }

        return folds;
    }
}
