namespace Majordome.Bot.Analytics.Experiments;

/// <summary>One variant's figures.</summary>
/// <param name="Name">The variant.</param>
/// <param name="Customers">Customers assigned to it.</param>
/// <param name="Conversions">Those who converted within the window after their assignment.</param>
/// <param name="Pending">Those not converted whose window is still open (they may still convert).</param>
/// <param name="Rate">Conversions / customers, or null with no customer.</param>
/// <param name="Low">The 95 % Wilson interval's low end.</param>
/// <param name="High">Its high end.</param>
public sealed record VariantResult(string Name, long Customers, long Conversions, long Pending, double? Rate, double Low, double High);

/// <summary>A variant compared with the experiment's first variant (the control).</summary>
/// <param name="Control">The first variant.</param>
/// <param name="Variant">The variant compared with it.</param>
/// <param name="Z">The z statistic (positive when the variant converts better).</param>
/// <param name="P">The two-sided p-value.</param>
/// <param name="Significant">Whether p is below 0.05.</param>
/// <param name="Sentence">The verdict in plain English.</param>
public sealed record VariantComparison(string Control, string Variant, double Z, double P, bool Significant, string Sentence);

/// <summary>An experiment's report.</summary>
/// <param name="FlowId">The flow.</param>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="Conversion">What counts as a conversion, as the flow file says it ("order within 7d").</param>
/// <param name="Variants">Each variant's figures, in the order the flow declares them.</param>
/// <param name="Comparisons">Each variant after the first compared with the first.</param>
public sealed record ExperimentReport(string FlowId, string Experiment, string Conversion, IReadOnlyList<VariantResult> Variants, IReadOnlyList<VariantComparison> Comparisons);
