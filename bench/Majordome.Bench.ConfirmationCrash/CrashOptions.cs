using System.Globalization;

namespace Majordome.Bench.ConfirmationCrash;

/// <summary>How many kills and which random moments; from the command line.</summary>
public sealed record CrashOptions
{
    /// <summary>Kills to run; each one a booking and a checkout confirmed around it.</summary>
    public int Iterations { get; init; } = 50;

    /// <summary>Fixes the random moments, so a run that found a problem can be run again.</summary>
    public int Seed { get; init; } = Environment.TickCount;

    /// <summary>Parses <c>--iterations 50 --seed 42</c>.</summary>
    public static CrashOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CrashOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--iterations" => options with { Iterations = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --iterations n, --seed n."),
            };
            i++;
        }

        // Each kill restarts a bot process (seconds): bounded so a typo does not run all night.
        if (options.Iterations is < 1 or > 500)
        {
            throw new ArgumentException("Limits: --iterations 1..500.");
        }

        return options;
    }
}
