using System.Globalization;
using System.Text;

namespace Majordome.Bench.Load;

/// <summary>Prints the results as a Markdown table (pasted into the README) with Majordome's ratios to the baselines.</summary>
public static class Report
{
    /// <summary>The table of <paramref name="results"/>; <paramref name="baselines"/> name the targets to compare with.</summary>
    public static string Format(IReadOnlyList<LoadResult> results, IReadOnlyCollection<string> baselines, LoadOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Load: {options.Concurrency} customers at once, closed loop, {options.Duration.TotalSeconds:0} s measured after {options.WarmUp.TotalSeconds:0} s warm-up, loopback, {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("| target | turns/s | p50 ms | p95 ms | p99 ms | errors | server CPU (cores) | server peak MiB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Target} | {r.TurnsPerSecond:0} | {r.Percentile(50):0.0} | {r.Percentile(95):0.0} | {r.Percentile(99):0.0} | {r.Errors} | {r.CpuCores:0.00} | {r.PeakMemoryMb:0} |");
        }

        var phased = results.Where(r => r.PhasesMs is not null).ToList();
        if (phased.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("majordome-messenger-*: a turn is a signed webhook POST to /api/messenger until the turn's last reply reaches the fake Send API on loopback (the bot acknowledges first and answers from its inbox). Where the time goes, in ms from the POST (p50 / p95 / p99):");
            text.AppendLine();
            var names = phased.SelectMany(r => r.PhasesMs!.Keys).Distinct().ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| target | {string.Join(" | ", names)} | last reply |");
            text.AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(names.Select(_ => "---:|"))}---:|");
            foreach (var r in phased)
            {
                var cells = names.Select(n => r.PhasesMs!.TryGetValue(n, out var ms) ? Triple(ms) : "–");
                text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Target} | {string.Join(" | ", cells)} | {Triple(r.LatenciesMs)} |");
            }
        }

        foreach (var baseline in results.Where(r => baselines.Contains(r.Target)))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Ratio to {baseline.Target} (throughput: higher is better; latency: lower is better):");
            text.AppendLine();
            text.AppendLine("| target | turns/s | p50 | p99 | CPU per turn |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var r in results.Where(r => !baselines.Contains(r.Target)))
            {
                var cpuPerTurn = r.CpuCores / r.TurnsPerSecond / (baseline.CpuCores / baseline.TurnsPerSecond);
                text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Target} | {r.TurnsPerSecond / baseline.TurnsPerSecond:0.00}× | {r.Percentile(50) / baseline.Percentile(50):0.0}× | {r.Percentile(99) / baseline.Percentile(99):0.0}× | {cpuPerTurn:0.0}× |");
            }
        }

        return text.ToString();
    }

    private static string Triple(IReadOnlyList<double> sorted) =>
        string.Create(CultureInfo.InvariantCulture, $"{LoadResult.Percentile(sorted, 50):0.0} / {LoadResult.Percentile(sorted, 95):0.0} / {LoadResult.Percentile(sorted, 99):0.0}");
}
