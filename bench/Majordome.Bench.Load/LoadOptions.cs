using System.Globalization;

namespace Majordome.Bench.Load;

/// <summary>How long and how hard to load each target; from the command line.</summary>
public sealed record LoadOptions
{
    /// <summary>Measured time per target.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Unmeasured time per target first (JIT, pools, caches).</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Customers talking at once, each waiting for its reply before the next message (closed loop).</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>The targets to run, by name; all by default.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>If set, a memory soak of Majordome (SQLite) this long instead of the comparison.</summary>
    public TimeSpan? Soak { get; init; }

    /// <summary>Parses <c>--duration 20 --warmup 5 --concurrency 8 --targets a,b --soak 600</c> (seconds).</summary>
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
                "--concurrency" => options with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                "--targets" => options with { Targets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--soak" => options with { Soak = Seconds(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --duration s, --warmup s, --concurrency n, --targets list, --soak s."),
            };
            i++;
        }

        // Bounded on purpose: this runs on developers' machines and in CI, loopback only.
        if (options.Duration > TimeSpan.FromMinutes(5) || options.Concurrency is < 1 or > 256 || options.Soak > TimeSpan.FromMinutes(30))
        {
            throw new ArgumentException("Limits: --duration ≤ 300 s, --concurrency 1..256, --soak ≤ 1800 s.");
        }

        return options;
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
