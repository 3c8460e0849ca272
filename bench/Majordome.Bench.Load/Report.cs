using System.Globalization;
using System.Text;

namespace Majordome.Bench.Load;

/// <summary>Prints the results as Markdown tables (pasted into the README) with Majordome's ratios to the baselines.</summary>
public static class Report
{
    /// <summary>The tables of <paramref name="runs"/>; <paramref name="baselines"/> name the targets to compare with.</summary>
    public static string Format(IReadOnlyList<TargetRun> runs, IReadOnlyCollection<string> baselines, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(baselines);
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        var warmUps = string.Join(", ", runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Target} {r.WarmUp.TotalSeconds:0} s{(r.JitQuiet ? "" : " (JIT not seen quiet)")}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"Load: {options.Concurrency} customers at once, closed loop, loopback, {Environment.ProcessorCount} cores; {options.Rounds} round(s) of {options.Duration.TotalSeconds:0} s per target, the targets taking turns within each round.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Warm-up (at least {options.WarmUp.TotalSeconds:0} s, then until the JIT compiler is quiet): {warmUps}.");
        text.AppendLine();
        text.AppendLine("| target | turns/s | p50 ms | p95 ms | p99 ms | errors | server CPU (cores) | server peak MiB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs.Select(run => run.Pooled))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Target} | {r.TurnsPerSecond:0} | {r.Percentile(50):0.0} | {r.Percentile(95):0.0} | {r.Percentile(99):0.0} | {r.Errors} | {r.CpuCores:0.00} | {r.PeakMemoryMb:0} |");
        }

        var phased = runs.Select(run => run.Pooled).Where(r => r.PhasesMs is not null).ToList();
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

        foreach (var baseline in runs.Where(r => baselines.Contains(r.Target)))
        {
            var b = baseline.Pooled;
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Ratio to {baseline.Target} (throughput: higher is better, the median of the rounds' ratios with their range; latency and CPU: lower is better, over all rounds):");
            text.AppendLine();
            text.AppendLine("| target | turns/s | p50 | p99 | CPU per turn |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var run in runs.Where(r => !baselines.Contains(r.Target)))
            {
                var r = run.Pooled;
                var cpuPerTurn = r.CpuCores / r.TurnsPerSecond / (b.CpuCores / b.TurnsPerSecond);
                text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Target} | {Throughput(run, baseline)} | {r.Percentile(50) / b.Percentile(50):0.0}× | {r.Percentile(99) / b.Percentile(99):0.0}× | {cpuPerTurn:0.0}× |");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The median of the per-round throughput ratios, with their range when there are several rounds: a target and
    /// its baseline measured minutes apart in the same round share the machine's mood of the moment.
    /// </summary>
    public static string Throughput(TargetRun run, TargetRun baseline)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(baseline);
        var ratios = run.Rounds.Zip(baseline.Rounds, (r, b) => r.TurnsPerSecond / b.TurnsPerSecond).Order().ToList();
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[(ratios.Count / 2) - 1] + ratios[ratios.Count / 2]) / 2;
        return ratios.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{median:0.00}×")
            : string.Create(CultureInfo.InvariantCulture, $"{median:0.00}× ({ratios[0]:0.00}–{ratios[^1]:0.00})");
    }

    private static string Triple(IReadOnlyList<double> sorted) =>
        string.Create(CultureInfo.InvariantCulture, $"{LoadResult.Percentile(sorted, 50):0.0} / {LoadResult.Percentile(sorted, 95):0.0} / {LoadResult.Percentile(sorted, 99):0.0}");
}
