namespace Majordome.Bench.Load;

/// <summary>What one target did under load.</summary>
/// <param name="Target">Its name.</param>
/// <param name="Turns">Turns answered without error in the measured window.</param>
/// <param name="Errors">Turns that failed (HTTP error, exception, no reply).</param>
/// <param name="Seconds">The measured window.</param>
/// <param name="LatenciesMs">Every successful turn's latency, sorted.</param>
/// <param name="CpuCores">The server process's CPU time over the window, in cores (1.0 = one core busy).</param>
/// <param name="PeakMemoryMb">The server process's peak resident memory, in MiB.</param>
/// <param name="PhasesMs">For drivers that see inside a turn: each phase's end, in milliseconds from the turn's start, sorted.</param>
public sealed record LoadResult(string Target, long Turns, long Errors, double Seconds, IReadOnlyList<double> LatenciesMs, double CpuCores, double PeakMemoryMb, IReadOnlyDictionary<string, IReadOnlyList<double>>? PhasesMs = null)
{
    /// <summary>Turns per second.</summary>
    public double TurnsPerSecond => Turns / Seconds;

    /// <summary>The latency below which <paramref name="percent"/>% of turns fall, in milliseconds.</summary>
    public double Percentile(double percent) => Percentile(LatenciesMs, percent);

    /// <summary>The value below which <paramref name="percent"/>% of the <paramref name="sorted"/> values fall.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// Several measurements of one target as one: turns, errors and seconds added, the latencies of every turn, CPU
    /// averaged over the time measured, the highest peak memory.
    /// </summary>
    public static LoadResult Pool(IReadOnlyList<LoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("Nothing to pool.", nameof(results));
        }

        var seconds = results.Sum(r => r.Seconds);
        var phases = results.Where(r => r.PhasesMs is not null).SelectMany(r => r.PhasesMs!)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<double>)g.SelectMany(p => p.Value).Order().ToList(), StringComparer.Ordinal);
        return new LoadResult(
            results[0].Target,
            results.Sum(r => r.Turns),
            results.Sum(r => r.Errors),
            seconds,
            results.SelectMany(r => r.LatenciesMs).Order().ToList(),
            results.Sum(r => r.CpuCores * r.Seconds) / seconds,
            results.Max(r => r.PeakMemoryMb),
            phases.Count > 0 ? phases : null);
    }
}
