namespace Majordome.Bench.Load;

/// <summary>One target over the whole benchmark: how long it was warmed up and what each round measured.</summary>
/// <param name="Target">Its name.</param>
/// <param name="WarmUp">How long it ran unmeasured before the first round.</param>
/// <param name="JitQuiet">Whether its JIT compiler was seen quiet when the warm-up ended (see <see cref="JitActivity"/>).</param>
/// <param name="Rounds">One result per round, in order.</param>
public sealed record TargetRun(string Target, TimeSpan WarmUp, bool JitQuiet, IReadOnlyList<LoadResult> Rounds)
{
    /// <summary>All rounds as one measurement: turns and seconds added, every latency, the highest peak memory.</summary>
    public LoadResult Pooled { get; } = LoadResult.Pool(Rounds);
}
