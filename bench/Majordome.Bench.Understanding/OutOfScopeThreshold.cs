using System.Globalization;
using Majordome.Dialogs.Understanding;

namespace Majordome.Bench.Understanding;

/// <summary>
/// Chooses the out-of-scope threshold on a validation set (never the test set): the lowest threshold whose
/// out-of-scope recall on validation reaches the stated target, so as few in-scope messages as possible are turned
/// away to reach it; then measures that threshold, and the one the trainer chose by cross-validation, on the test set.
/// </summary>
internal static class OutOfScopeThreshold
{
    private static readonly double[] Candidates = Enumerable.Range(1, 19).Select(i => i * 0.05).ToArray();

    /// <summary>Out-of-scope precision and recall, and in-scope accuracy, of <paramref name="model"/> at <paramref name="threshold"/>.</summary>
    public static Scores Measure(IntentModel model, IReadOnlyList<IntentExample> examples, double threshold, double ambiguityMargin)
    {
        int truePositives = 0, predictedNone = 0, actualNone = 0, inScope = 0, inScopeRight = 0;
        foreach (var example in examples)
        {
            var decision = IntentModel.Decide(model.Predict(example.Text), threshold, ambiguityMargin);
            var predicted = decision.Kind is IntentDecisionKind.Confident or IntentDecisionKind.Ambiguous ? decision.Candidates[0] : Intents.None;
            var none = example.Intent == Intents.None;
            actualNone += none ? 1 : 0;
            predictedNone += predicted == Intents.None ? 1 : 0;
            truePositives += none && predicted == Intents.None ? 1 : 0;
            inScope += none ? 0 : 1;
            inScopeRight += !none && predicted == example.Intent ? 1 : 0;
        }

        return new Scores(
            predictedNone == 0 ? 0 : (double)truePositives / predictedNone,
            actualNone == 0 ? 0 : (double)truePositives / actualNone,
            inScope == 0 ? 0 : (double)inScopeRight / inScope);
    }

    /// <summary>Prints the validation sweep, the threshold chosen and why, and the test figures.</summary>
    public static void Run(IntentModel model, IReadOnlyList<IntentExample> validation, IReadOnlyList<IntentExample> test, double targetRecall, double ambiguityMargin, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"validation: {validation.Count} messages ({validation.Count(e => e.Intent == Intents.None)} out of scope); test: {test.Count} ({test.Count(e => e.Intent == Intents.None)} out of scope); target out-of-scope recall {targetRecall:0.00}"));
        output.WriteLine("threshold  oos-precision  oos-recall  in-scope-accuracy   (validation)");
        var sweep = Candidates.Select(t => (Threshold: t, Scores: Measure(model, validation, t, ambiguityMargin))).ToList();
        foreach (var (threshold, scores) in sweep)
        {
            output.WriteLine(string.Create(c, $"     {threshold:0.00}          {scores.OutOfScopePrecision:0.000}       {scores.OutOfScopeRecall:0.000}              {scores.InScopeAccuracy:0.000}"));
        }

        var reaching = sweep.Where(s => s.Scores.OutOfScopeRecall >= targetRecall).ToList();
        var (chosen, why) = reaching.Count > 0
            ? (reaching[0].Threshold, "the lowest threshold whose validation out-of-scope recall reaches the target (a higher one turns more in-scope messages away)")
            : (sweep.MaxBy(s => s.Scores.OutOfScopeRecall).Threshold, "no threshold reaches the target: the one with the best validation out-of-scope recall");
        output.WriteLine(string.Create(c, $"chosen: {chosen:0.00}: {why}"));
        foreach (var (label, threshold) in new[] { ("chosen on validation", chosen), ("cross-validated on training (shipped)", model.Threshold) })
        {
            var scores = Measure(model, test, threshold, ambiguityMargin);
            output.WriteLine(string.Create(c, $"test at {threshold:0.00} ({label}): out-of-scope precision {scores.OutOfScopePrecision:0.000}, recall {scores.OutOfScopeRecall:0.000}; in-scope accuracy {scores.InScopeAccuracy:0.000}"));
        }
    }

    /// <summary>What one threshold gives on one set.</summary>
    internal sealed record Scores(double OutOfScopePrecision, double OutOfScopeRecall, double InScopeAccuracy);
}
