using System.Globalization;
using Majordome.Dialogs.Flows.Experiments;

namespace Majordome.Bot.Analytics.Experiments;

/// <summary>Turns an experiment's stored outcomes into its report: counts, rates, intervals, tests and sentences.</summary>
public static class ExperimentReportBuilder
{
    /// <summary>The report of <paramref name="experiment"/> of the flow <paramref name="flowId"/> at <paramref name="now"/>.</summary>
    public static ExperimentReport Build(string flowId, FlowExperiment experiment, IEnumerable<ExperimentOutcome> outcomes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(flowId);
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(outcomes);
        var within = experiment.Conversion.Within;
        var byVariant = outcomes.GroupBy(o => o.Variant, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // The declared variants first, in the file's order; a variant since removed keeps its customers in the report.
        var names = experiment.Variants.Select(v => v.Name).Concat(byVariant.Keys.Where(k => !experiment.Declares(k)).Order(StringComparer.Ordinal));
        var results = names.Select(name =>
        {
            var rows = byVariant.GetValueOrDefault(name) ?? [];
            long customers = rows.Count;
            long conversions = rows.Count(r => r.FirstEventAt is { } at && at < r.AssignedAt + within);
            long pending = rows.Count(r => !(r.FirstEventAt is { } at && at < r.AssignedAt + within) && now < r.AssignedAt + within);
            var (low, high) = ExperimentStatistics.Wilson(conversions, customers);
            return new VariantResult(name, customers, conversions, pending, customers == 0 ? null : (double)conversions / customers, low, high);
        }).ToList();

        var control = results[0];
        var comparisons = results.Skip(1).Select(variant => Compare(control, variant)).ToList();
        return new ExperimentReport(flowId, experiment.Name, Describe(experiment.Conversion), results, comparisons);
    }

    /// <summary>The conversion as a marketer wrote it: "order within 7d", "tag coffee-lover within 14d".</summary>
    public static string Describe(FlowConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        var what = conversion.Event.ToString().ToLowerInvariant() + (conversion.Tag is { } tag ? " " + tag : string.Empty);
        var within = conversion.Within.TotalHours % 24 == 0
            ? conversion.Within.TotalDays.ToString("0", CultureInfo.InvariantCulture) + "d"
            : conversion.Within.TotalHours.ToString("0", CultureInfo.InvariantCulture) + "h";
        return $"{what} within {within}";
    }

    private static VariantComparison Compare(VariantResult control, VariantResult variant)
    {
        var (z, p) = ExperimentStatistics.TwoProportionTest(variant.Conversions, variant.Customers, control.Conversions, control.Customers);
        var significant = p < ExperimentStatistics.SignificanceLevel;
        string sentence;
        if (control.Customers == 0 || variant.Customers == 0)
        {
            sentence = $"no customers yet in {(control.Customers == 0 ? control.Name : variant.Name)}: nothing to compare.";
        }
        else if (significant)
        {
            var (better, worse) = z > 0 ? (variant, control) : (control, variant);
            sentence = $"{better.Name} converts better: {Percent(better.Rate)} vs {Percent(worse.Rate)}, {PValue(p)}";
        }
        else
        {
            sentence = $"no significant difference yet: {variant.Name} {Percent(variant.Rate)} vs {control.Name} {Percent(control.Rate)}, {PValue(p)}";
        }

        return new VariantComparison(control.Name, variant.Name, z, p, significant, sentence);
    }

    /// <summary>A rate as the sentences write it: "12.4 %".</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? (100 * r).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    /// <summary>A p-value as the sentences write it: "p = 0.03", "p = 0.004", "p &lt; 0.001".</summary>
    public static string PValue(double p) => p switch
    {
        < 0.001 => "p < 0.001",
        < 0.01 => "p = " + p.ToString("0.000", CultureInfo.InvariantCulture),
        _ => "p = " + p.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
