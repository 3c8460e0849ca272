using MathNet.Numerics.Distributions;

namespace Majordome.Bot.Analytics.Experiments;

/// <summary>
/// The statistics of an experiment's report: a conversion rate's 95 % interval (Wilson score interval, which
/// stays inside 0–1 and behaves with few customers or few conversions, unlike the plain normal interval), and
/// the two-proportion z-test (pooled, two-sided) of whether two variants' rates differ. The normal distribution
/// comes from MathNet.Numerics rather than a hand-written approximation.
/// </summary>
public static class ExperimentStatistics
{
    /// <summary>The confidence of the intervals and the significance level of the test's verdict.</summary>
    public const double Confidence = 0.95;

    /// <summary>The p-value below which a difference is called significant (1 − <see cref="Confidence"/>).</summary>
    public const double SignificanceLevel = 1 - Confidence;

    /// <summary>The standard normal quantile of a two-sided 95 % interval (1.95996…).</summary>
    public static double Z { get; } = Normal.InvCDF(0, 1, 1 - (SignificanceLevel / 2));

    /// <summary>The Wilson score interval of <paramref name="successes"/> out of <paramref name="trials"/>; (0, 1) when there is no trial.</summary>
    public static (double Low, double High) Wilson(long successes, long trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return (0, 1);
        }

        double n = trials;
        var p = successes / n;
        var z2 = Z * Z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = Z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// The pooled two-proportion z-test of <paramref name="x1"/>/<paramref name="n1"/> against
    /// <paramref name="x2"/>/<paramref name="n2"/>: the z statistic (positive when the first rate is higher) and its
    /// two-sided p-value. With no customer on a side, or no variation at all (every rate 0 or every rate 1), there
    /// is nothing to tell apart: z 0, p 1.
    /// </summary>
    public static (double Z, double P) TwoProportionTest(long x1, long n1, long x2, long n2)
    {
        if (n1 <= 0 || n2 <= 0)
        {
            return (0, 1);
        }

        var p1 = (double)x1 / n1;
        var p2 = (double)x2 / n2;
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        if (standardError == 0)
        {
            return (0, 1);
        }

        var z = (p1 - p2) / standardError;
        return (z, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }
}
