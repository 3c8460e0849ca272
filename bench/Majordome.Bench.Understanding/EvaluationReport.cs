using System.Globalization;
using Majordome.Dialogs.Understanding;

namespace Majordome.Bench.Understanding;

/// <summary>The figures of one evaluation, and their printout.</summary>
internal sealed record EvaluationReport(IntentModel Model, TimeSpan TrainingTime, TimeSpan TrainingProcessorTime, IReadOnlyList<Outcome> Outcomes, IReadOnlyList<double> LatencyMicroseconds)
{
    public void Print(TextWriter output, bool everyMistake = false)
    {
        var c = CultureInfo.InvariantCulture;
        var n = Outcomes.Count;
        var labels = Outcomes.Select(o => o.Example.Intent).Concat(Outcomes.Select(o => o.Predicted)).Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine(string.Create(c, $"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        output.WriteLine(string.Create(c, $"training: {TrainingTime.TotalSeconds:0.00} s ({TrainingProcessorTime.TotalSeconds:0.00} s of processor time) for {Model.ExampleCount} examples ({Model.IntentIds.Count} intents), cross-validated out-of-scope threshold {Model.Threshold:0.00} (cross-validation accuracy {100 * Model.ValidationAccuracy:0.0}%)"));
        output.WriteLine(string.Create(c, $"accuracy: {Share(Outcomes.Count(o => o.Correct), n)} ({Outcomes.Count(o => o.Correct)}/{n})"));

        var inScope = Outcomes.Where(o => o.Example.Intent != Intents.None).ToList();
        output.WriteLine(string.Create(c, $"in-scope accuracy: {Share(inScope.Count(o => o.Correct), inScope.Count)} ({inScope.Count} messages); asked \"did you mean\": {Share(Outcomes.Count(o => o.Ambiguous), n)}"));

        var f1s = labels.Select(l => (Label: l, F1: F1(l))).ToList();
        output.WriteLine(string.Create(c, $"macro-F1: {f1s.Average(x => x.F1):0.000}"));
        foreach (var (label, f1) in f1s)
        {
            output.WriteLine(string.Create(c, $"  {label,-12} F1 {f1:0.000}  precision {Precision(label):0.000}  recall {Recall(label):0.000}  (support {Outcomes.Count(o => o.Example.Intent == label)})"));
        }

        output.WriteLine(string.Create(c, $"out-of-scope precision: {Precision(Intents.None):0.000}  recall: {Recall(Intents.None):0.000}"));

        var withLanguage = Outcomes.Where(o => o.Example.Language is not null).ToList();
        output.WriteLine(string.Create(c, $"language detection: {Share(withLanguage.Count(o => o.DetectedLanguage == o.Example.Language), withLanguage.Count)} (word lexicon alone: {Share(withLanguage.Count(o => o.LexiconLanguage == o.Example.Language), withLanguage.Count)}; {withLanguage.Count} messages)"));

        output.WriteLine("confusions (expected -> predicted: count):");
        foreach (var group in Outcomes.Where(o => !o.Correct).GroupBy(o => (o.Example.Intent, o.Predicted)).OrderByDescending(g => g.Count()).Take(10))
        {
            output.WriteLine(string.Create(c, $"  {group.Key.Intent} -> {group.Key.Predicted}: {group.Count()}  e.g. \"{group.First().Example.Text}\""));
        }

        if (everyMistake)
        {
            output.WriteLine("every mistake (expected -> predicted: text):");
            foreach (var outcome in Outcomes.Where(o => !o.Correct))
            {
                output.WriteLine(string.Create(c, $"  {outcome.Example.Intent} -> {outcome.Predicted}: {outcome.Example.Text}"));
            }
        }

        output.WriteLine(string.Create(c, $"prediction latency: p50 {Percentile(0.50):0.0} µs, p99 {Percentile(0.99):0.0} µs ({LatencyMicroseconds.Count} predictions)"));
    }

    private double Precision(string label)
    {
        var predicted = Outcomes.Count(o => o.Predicted == label);
        return predicted == 0 ? 0 : (double)Outcomes.Count(o => o.Predicted == label && o.Correct) / predicted;
    }

    private double Recall(string label)
    {
        var actual = Outcomes.Count(o => o.Example.Intent == label);
        return actual == 0 ? 0 : (double)Outcomes.Count(o => o.Example.Intent == label && o.Correct) / actual;
    }

    private double F1(string label)
    {
        var (p, r) = (Precision(label), Recall(label));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private double Percentile(double q) =>
        LatencyMicroseconds.Count == 0 ? 0 : LatencyMicroseconds[Math.Min(LatencyMicroseconds.Count - 1, (int)Math.Ceiling(q * LatencyMicroseconds.Count) - 1)];

    private static string Share(int part, int whole) =>
        whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");
}
