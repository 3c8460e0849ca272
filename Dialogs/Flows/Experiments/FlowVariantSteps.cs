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

    /// <summary>
    /// A step whose texts differ per variant (<see cref="FlowVariantTexts"/>) as one copy per variant in that
    /// variant's words, each for its variant only (and only for the variants the step itself is for): how a graph
    /// shows what each variant's customers see. The flow itself runs the one step.
    /// </summary>
    public static IReadOnlyList<FlowStep> ExpandTexts(FlowStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return [.. FlowVariantTexts.Variants(step)
            .Where(v => step.Variants is null || step.Variants.Contains(v, StringComparer.Ordinal))
            .Select(v => FlowVariantTexts.ForVariant(step, v) with { Id = $"{step.Id}~{v}", Variants = [v] })];
    }
}
