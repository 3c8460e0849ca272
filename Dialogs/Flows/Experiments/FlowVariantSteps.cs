namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>How a step written for some variants (<c>variant: b</c>) is skipped for the others.</summary>
internal static class FlowVariantSteps
{
    /// <summary>The condition true for a customer in one of <paramref name="variants"/>.</summary>
    public static FlowExpression Condition(IReadOnlyList<string> variants) =>
        FlowExpression.Parse($"{FlowExperiment.VariantVariable} in [{string.Join(", ", variants.Select(v => "\"" + v + "\""))}]");
}
