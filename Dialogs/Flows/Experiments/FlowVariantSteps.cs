namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>How a step written for some variants (<c>variant: b</c>) is skipped for the others.</summary>
public static class FlowVariantSteps
{
    /// <summary>The condition true for a customer in one of <paramref name="variants"/>.</summary>
    public static FlowExpression Condition(IReadOnlyList<string> variants) =>
        FlowExpression.Parse($"{FlowExperiment.VariantVariable} in [{string.Join(", ", variants.Select(v => "\"" + v + "\""))}]");

    /// <summary>
    /// A say with a text per variant as one say per variant, each for its variant only; their identities are the
    /// step's own followed by the variant's name, so each stays the same across edits of the others.
    /// </summary>
    public static IReadOnlyList<FlowStep> Expand(VariantSayStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return [.. step.Texts.Select(t => new SayStep(t.Text) { Id = $"{step.Id}~{t.Variant}", Variants = [t.Variant] })];
    }
}
