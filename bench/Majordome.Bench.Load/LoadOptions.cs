using System.Globalization;

namespace Majordome.Bench.Load;

/// <summary>How long and how hard to load each target; from the command line.</summary>
public sealed record LoadOptions
{
    /// <summary>Measured time per target in each round.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Unmeasured time per target first (JIT, pools, caches): at least this long, then until the server's JIT
    /// compiler is quiet (see <see cref="JitActivity"/>), at most <see cref="MaxWarmUp"/>.
    /// </summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest warm-up, for a server whose compiler never settles.</summary>
    public TimeSpan MaxWarmUp { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// How many times every target is measured, the targets taking turns within a round, so that a slow spell of
    /// the machine falls on all of them rather than on one.
    /// </summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Customers talking at once, each waiting for its reply before the next message (closed loop).</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>The targets to run, by name; all by default.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>If set, a memory soak of Majordome (SQLite) this long instead of the comparison.</summary>
    public TimeSpan? Soak { get; init; }

    /// <summary>Parses <c>--duration 10 --warmup 10 --rounds 3 --concurrency 8 --targets a,b --soak 600</c> (seconds).</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--duration" => options with { Duration = Seconds(value) },
                "--warmup" => options with { WarmUp = Seconds(value) },
                "--rounds" => options with { Rounds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--concurrency" => options with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                "--targets" => options with { Targets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--soak" => options with { Soak = Seconds(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --duration s, --warmup s, --rounds n, --concurrency n, --targets list, --soak s."),
            };
            i++;
        }

        // Bounded on purpose: this runs on developers' machines and in CI, loopback only.
        if (options.Duration > TimeSpan.FromMinutes(5) || options.WarmUp > options.MaxWarmUp || options.Rounds is < 1 or > 10 || options.Concurrency is < 1 or > 256 || options.Soak > TimeSpan.FromMinutes(30))
        {
            throw new ArgumentException("Limits: --duration ≤ 300 s, --warmup ≤ 120 s, --rounds 1..10, --concurrency 1..256, --soak ≤ 1800 s.");
        }

        return options;
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
