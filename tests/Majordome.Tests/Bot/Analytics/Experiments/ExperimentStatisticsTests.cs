using Majordome.Bot.Analytics.Experiments;

namespace Majordome.Tests.Bot.Analytics.Experiments;

/// <summary>The report's statistics against values computed independently (Python's math.erfc, and the textbook Wilson interval of 0/10).</summary>
public sealed class ExperimentStatisticsTests
{
    [Theory]
    // z = (p1 − p2) / sqrt(p(1 − p)(1/n1 + 1/n2)) and p = erfc(|z| / √2), computed with Python 3's math module.
    [InlineData(124, 1000, 91, 1000, 2.382267892719711, 0.017206375112493597)]
    [InlineData(30, 200, 18, 200, 1.846372364689991, 0.06483815699206646)]
    [InlineData(18, 200, 30, 200, -1.846372364689991, 0.06483815699206646)]
    public void TwoProportionTest_MatchesAnIndependentComputation(long x1, long n1, long x2, long n2, double z, double p)
    {
        var result = ExperimentStatistics.TwoProportionTest(x1, n1, x2, n2);

        Assert.Equal(z, result.Z, 1e-9);
        Assert.Equal(p, result.P, 1e-9);
    }

    [Fact]
    public void TwoProportionTest_NoVariation_IsNoDifference()
    {
        Assert.Equal((0.0, 1.0), ExperimentStatistics.TwoProportionTest(0, 50, 0, 40));
        Assert.Equal((0.0, 1.0), ExperimentStatistics.TwoProportionTest(5, 5, 0, 0));
    }

    [Theory]
    // 0 out of 10: the textbook Wilson interval is 0 to 27.75 %; the others from the same formula in Python.
    [InlineData(0, 10, 0.0, 0.2775327998628892)]
    [InlineData(10, 10, 0.7224672001371107, 1.0)]
    [InlineData(124, 1000, 0.10499997337198466, 0.14587774900915282)]
    public void Wilson_MatchesTheTextbookInterval(long successes, long trials, double low, double high)
    {
        var (l, h) = ExperimentStatistics.Wilson(successes, trials);

        Assert.Equal(low, l, 1e-9);
        Assert.Equal(high, h, 1e-9);
    }

    [Fact]
    public void Sentence_SignificantDifference_SaysWhichConvertsBetter()
    {
        var experiment = new Majordome.Dialogs.Flows.Experiments.FlowExperiment("intro", [new("a", 50), new("b", 50)],
            new(Majordome.Dialogs.Flows.Experiments.ConversionEvent.Order, null, TimeSpan.FromDays(7)));
        var start = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var outcomes = Enumerable.Range(0, 1000).Select(i => new ExperimentOutcome("a", start, i < 91 ? start.AddDays(1) : null))
            .Concat(Enumerable.Range(0, 1000).Select(i => new ExperimentOutcome("b", start, i < 124 ? start.AddDays(2) : i < 130 ? start.AddDays(8) : null)));

        var report = ExperimentReportBuilder.Build("gift-finder", experiment, outcomes, start.AddDays(30));

        Assert.Equal([(1000L, 91L), (1000L, 124L)], report.Variants.Select(v => (v.Customers, v.Conversions)));
        Assert.Equal("b converts better: 12.4 % vs 9.1 %, p = 0.02", Assert.Single(report.Comparisons).Sentence);
        Assert.Equal("order within 7d", report.Conversion);
    }
}
