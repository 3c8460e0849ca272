using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// A trained intent model: the intent classifier, the out-of-scope threshold validated on held-out examples,
/// and a French/English classifier learned from the same examples. Immutable and thread-safe.
/// </summary>
public sealed class IntentModel
{
    private readonly LabelClassifier _intents;
    private readonly LabelClassifier? _languages;

    internal IntentModel(LabelClassifier intents, LabelClassifier? languages, double threshold, double validationAccuracy, int exampleCount, TimeSpan trainingTime)
    {
        _intents = intents;
        _languages = languages;
        Threshold = threshold;
        ValidationAccuracy = validationAccuracy;
        ExampleCount = exampleCount;
        TrainingTime = trainingTime;
    }

    /// <summary>The intents the model knows (including <see cref="Intents.None"/> when examples of it were given).</summary>
    public IReadOnlyList<string> IntentIds => _intents.Labels;

    /// <summary>
    /// Below this probability the best in-scope intent is not trusted and the message is out of scope; chosen by
    /// cross-validation on the training examples.
    /// </summary>
    public double Threshold { get; }

    /// <summary>The accuracy of the cross-validation that chose <see cref="Threshold"/> (each example predicted by a model that never saw it).</summary>
    public double ValidationAccuracy { get; }

    /// <summary>How many held-out predictions chose <see cref="Threshold"/>: every example, or one fold's on a large set.</summary>
    public int ValidatedExamples { get; init; }

    /// <summary>The learning algorithm the classifiers were trained with (never <see cref="IntentClassifierKind.Automatic"/>).</summary>
    public IntentClassifierKind Classifier { get; init; } = IntentClassifierKind.MaximumEntropy;

    /// <summary>How many features (words, word pairs, character trigrams) the intent classifier weighs.</summary>
    public int FeatureCount => _intents.FeatureCount;

    /// <summary>How many examples the model was trained on.</summary>
    public int ExampleCount { get; }

    /// <summary>How long training took, cross-validation included.</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>Every intent's probability for <paramref name="text"/>, best first.</summary>
    public IReadOnlyList<IntentScore> Predict(string? text) => _intents.Predict(text);

    /// <summary>French or English according to the learned classifier, with its probability; null when it was not trained.</summary>
    public LanguageGuess PredictLanguage(string? text)
    {
        if (_languages is null)
        {
            return new LanguageGuess(null, 0);
        }

        var best = _languages.Predict(text)[0];
        return new LanguageGuess(best.Intent, Math.Round(best.Score, 2));
    }

    /// <summary>Decides with this model's threshold; see <see cref="Decide(IReadOnlyList{IntentScore}, double, double)"/>.</summary>
    public IntentDecision Decide(IReadOnlyList<IntentScore> ranked, double ambiguityMargin) => Decide(ranked, Threshold, ambiguityMargin);

    /// <summary>
    /// Out of scope when "none" comes first or the best flow scores below <paramref name="threshold"/>; two flows
    /// whose scores differ by less than <paramref name="ambiguityMargin"/> are ambiguous; otherwise the best flow.
    /// </summary>
    public static IntentDecision Decide(IReadOnlyList<IntentScore> ranked, double threshold, double ambiguityMargin)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        if (ranked.Count == 0 || ranked[0].Intent == Intents.None)
        {
            return IntentDecision.OutOfScope;
        }

        var flows = ranked.Where(s => s.Intent != Intents.None).Take(2).ToList();
        if (flows.Count == 0 || flows[0].Score < threshold)
        {
            return IntentDecision.OutOfScope;
        }

        return flows.Count > 1 && flows[0].Score - flows[1].Score < ambiguityMargin
            ? new IntentDecision(IntentDecisionKind.Ambiguous, [flows[0].Intent, flows[1].Intent])
            : new IntentDecision(IntentDecisionKind.Confident, [flows[0].Intent]);
    }
}
