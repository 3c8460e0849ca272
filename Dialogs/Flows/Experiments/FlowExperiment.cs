namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>
/// An A/B test a flow file declares (<c>variants:</c>, <c>conversion:</c>, optionally <c>experiment:</c>): each
/// customer is put in one variant once, sees the steps written for it, and counts as converted when the
/// conversion happens within its window after that assignment.
/// </summary>
/// <param name="Name">The test's name (the flow's id unless <c>experiment:</c> names it); a new name starts a new test with new assignments.</param>
/// <param name="Variants">The variants with their weights, in the order written.</param>
/// <param name="Conversion">What counts as success, and within how long.</param>
public sealed record FlowExperiment(string Name, IReadOnlyList<FlowVariant> Variants, FlowConversion Conversion)
{
    /// <summary>The flow variable holding the customer's variant, which conditions and texts may read.</summary>
    public const string VariantVariable = "variant";

    /// <summary>Whether <paramref name="name"/> is one of the variants.</summary>
    public bool Declares(string? name) => Variants.Any(v => string.Equals(v.Name, name, StringComparison.Ordinal));
}

/// <summary>One variant of an experiment.</summary>
/// <param name="Name">Its name (a, b, gift-box-first…).</param>
/// <param name="Weight">Its share of customers relative to the others' weights (50 and 50, or 1 and 3).</param>
public sealed record FlowVariant(string Name, int Weight);
