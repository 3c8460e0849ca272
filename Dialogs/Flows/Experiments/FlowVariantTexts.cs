using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>
/// The texts of a step written per variant with the say's syntax (a question's <c>prompt:</c> and <c>retry:</c>, a
/// choice's option <c>title:</c>, the <c>say:</c> of notify-when and schedule). The step stays one step (a question
/// keeps its identity and its variable), and is shown to each customer in their variant's words when it runs.
/// </summary>
public static class FlowVariantTexts
{
    /// <summary>The text of <paramref name="variant"/> among <paramref name="texts"/>; <paramref name="plain"/> when it has none.</summary>
    public static LocalizedText For(IReadOnlyList<VariantText>? texts, string? variant, LocalizedText plain) =>
        texts?.FirstOrDefault(t => string.Equals(t.Variant, variant, StringComparison.Ordinal))?.Text ?? plain;

    /// <summary>The variants <paramref name="step"/> has texts for, in the order first written; empty when it has none.</summary>
    public static IReadOnlyList<string> Variants(FlowStep step) =>
        [.. TextsOf(step).SelectMany(t => t).Select(t => t.Variant).Distinct(StringComparer.Ordinal)];

    /// <summary>The customer's variant among a run's variables, or null in a flow without an experiment.</summary>
    public static string? VariantOf(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.GetValueOrDefault(FlowExperiment.VariantVariable) as string;
    }

    /// <summary>Whether <paramref name="step"/> has a text written per variant.</summary>
    public static bool HasAny(FlowStep step) => TextsOf(step).Any();

    /// <summary>
    /// <paramref name="step"/> as a customer in <paramref name="variant"/> sees it: each text written per variant
    /// replaced by that variant's, so the step returned has none left. A step without such texts is returned as it is.
    /// </summary>
    public static FlowStep ForVariant(FlowStep step, string? variant)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step switch
        {
            AskStep ask when HasAny(ask) => ask with
            {
                Prompt = For(ask.PromptByVariant, variant, ask.Prompt),
                Retry = ask.Retry is null ? null : For(ask.RetryByVariant, variant, ask.Retry),
                Options = [.. ask.Options.Select(o => o with { Title = For(o.TitleByVariant, variant, o.Title), TitleByVariant = null })],
                PromptByVariant = null,
                RetryByVariant = null,
            },
            NotifyWhenStep { Say: { } say, SayByVariant: { } texts } notify => notify with { Say = For(texts, variant, say), SayByVariant = null },
            ScheduleStep { Say: { } say, SayByVariant: { } texts } schedule => schedule with { Say = For(texts, variant, say), SayByVariant = null },
            _ => step,
        };
    }

    private static IEnumerable<IReadOnlyList<VariantText>> TextsOf(FlowStep step)
    {
        IEnumerable<IReadOnlyList<VariantText>?> all = step switch
        {
            AskStep ask => [ask.PromptByVariant, ask.RetryByVariant, .. ask.Options.Select(o => o.TitleByVariant)],
            NotifyWhenStep notify => [notify.SayByVariant],
            ScheduleStep schedule => [schedule.SayByVariant],
            _ => [],
        };
        return all.OfType<IReadOnlyList<VariantText>>();
    }
}
