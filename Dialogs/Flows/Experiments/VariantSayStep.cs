using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>
/// A say step whose text differs per variant (<c>say: { a: { fr: …, en: … }, b: { fr: …, en: … } }</c>): one step in
/// the file, the same as one <c>say</c> per variant each marked <c>variant:</c> (see <see cref="FlowVariantSteps.Expand"/>),
/// so it runs, is tested and is reported exactly as those would be.
/// </summary>
/// <param name="Texts">The text of each variant, in the order written; every variant of the flow has one.</param>
public sealed record VariantSayStep(IReadOnlyList<VariantText> Texts) : FlowStep;

/// <summary>The text one variant says.</summary>
/// <param name="Variant">The variant's name.</param>
/// <param name="Text">Its text per language.</param>
public sealed record VariantText(string Variant, LocalizedText Text);
