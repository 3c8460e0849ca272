using System.Diagnostics;
using System.Globalization;
using Majordome.Dialogs.Understanding;

namespace Majordome.Bench.Understanding;

/// <summary>
/// Trains every classifier and feature set on one training set and measures each on one test set, in one run on
/// one machine: accuracy, out-of-scope precision and recall at the threshold the trainer chose, training time,
/// the memory training took and the prediction latency. The figures behind <see cref="UnderstandingOptions.Classifier"/>'s default.
/// </summary>
internal static class ClassifierComparison
{
    /// <summary>Runs the comparison and prints one line per approach.</summary>
    /// <param name="train">The training examples.</param>
    /// <param name="test">The test messages.</param>
    /// <param name="folds">The cross-validation folds that choose the out-of-scope threshold.</param>
    /// <param name="rareFeaturesDroppedFrom">From this many training examples on, the features met in a single example are left out.</param>
    /// <param name="only">"Classifier/Features" pairs to run (all when null).</param>
    /// <param name="output">Where the table goes.</param>
    public static void Run(IReadOnlyList<IntentExample> train, IReadOnlyList<IntentExample> test, int folds, int rareFeaturesDroppedFrom, IReadOnlyCollection<string>? only, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        output.WriteLine(string.Create(c, $"train {train.Count} examples ({train.Select(e => e.Intent).Distinct().Count()} intents), test {test.Count} ({test.Count(e => e.Intent == Intents.None)} out of scope), {folds} cross-validation folds, {(train.Count >= rareFeaturesDroppedFrom ? "features met in one example left out" : "every feature kept")}, {new UnderstandingOptions().TrainingThreads} trainings at once"));
        output.WriteLine("classifier      features                    train s  cpu s  peak MB  in-scope  oos-P  oos-R  accuracy  threshold  p99 µs");
        foreach (var classifier in Enum.GetValues<IntentClassifierKind>())
        {
            foreach (var features in Enum.GetValues<IntentFeatures>())
            {
                if (only is not null && !only.Contains($"{classifier}/{features}", StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                var options = new UnderstandingOptions { Classifier = classifier, Features = features, ValidationFolds = folds, RareFeaturesDroppedFrom = rareFeaturesDroppedFrom };
                GC.Collect();
                GC.WaitForPendingFinalizers();
                using var peak = new PeakMemory();
                var report = Evaluation.Run(train, test, options);
                var megabytes = peak.Stop() / (1024.0 * 1024.0);
                var o = report.Outcomes;
                var inScope = o.Where(x => x.Example.Intent != Intents.None).ToList();
                var predictedNone = o.Count(x => x.Predicted == Intents.None);
                var actualNone = o.Count(x => x.Example.Intent == Intents.None);
                var rightNone = o.Count(x => x.Predicted == Intents.None && x.Example.Intent == Intents.None);
                output.WriteLine(string.Create(c,
                    $"{classifier,-15} {features,-27} {report.TrainingTime.TotalSeconds,7:0.0}  {report.TrainingProcessorTime.TotalSeconds,5:0.0}  {megabytes,7:0}  {Share(inScope.Count(x => x.Correct), inScope.Count),8}  {Ratio(rightNone, predictedNone),5}  {Ratio(rightNone, actualNone),5}  {Share(o.Count(x => x.Correct), o.Count),8}  {report.Model.Threshold,9:0.00}  {report.LatencyMicroseconds[(int)Math.Ceiling(0.99 * report.LatencyMicroseconds.Count) - 1],6:0}"));
            }
        }
    }

    private static string Share(int part, int whole) => whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");

    private static string Ratio(int part, int whole) => whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{(double)part / whole:0.000}");

    /// <summary>The highest working set above the starting one while it runs, sampled every 20 ms.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly long _baseline = Process.GetCurrentProcess().WorkingSet64;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<long> _sampler;

        public PeakMemory() => _sampler = Task.Run(async () =>
        {
            var peak = 0L;
            while (!_stop.IsCancellationRequested)
            {
                using var process = Process.GetCurrentProcess();
                peak = Math.Max(peak, process.WorkingSet64 - _baseline);
                try
                {
                    await Task.Delay(20, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            return peak;
        });

        public long Stop()
        {
            _stop.Cancel();
            return _sampler.GetAwaiter().GetResult();
        }

        public void Dispose() => _stop.Dispose();
    }
}
