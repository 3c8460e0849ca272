using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Experiments;
using YamlDotNet.RepresentationModel;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Reads a step's <c>variant: b</c> (or <c>variant: [a, c]</c>): the step runs only for customers in those
/// variants of the flow's experiment, so for the others it is as an "if" without "else" (a variable it sets is
/// not certainly set after it, and a goto in it does not end the flow for everyone).
/// </summary>
internal static class FlowVariantReader
{
    /// <summary>The key a step of any kind may carry.</summary>
    public const string StepKey = "variant";

    /// <summary>Reads the step <paramref name="item"/> with <paramref name="read"/>, scoped to its variants when it names some.</summary>
    public static FlowStep? ReadStep(YamlValue item, FlowScope scope, FlowReferences references, Func<YamlValue, FlowScope, FlowReferences, FlowStep?> read)
    {
        var value = item.Node is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode(StepKey))
            ? item.AsMapping()!.Required(StepKey)
            : null;
        if (value is null)
        {
            return read(item, scope, references);
        }

        var variants = ReadVariants(value, references);
        var only = scope.Branch();
        var step = read(item, only, references);
        scope.Join(only, scope.Branch());
        return step is null || variants is null ? null : step with { Variants = variants };
    }

    /// <summary>Whether a text's value gives a text per variant: a group of groups (<c>a: { fr: …, en: … }</c>), not a text per language.</summary>
    public static bool IsPerVariant(YamlValue text) =>
        text.Node is YamlMappingNode group && group.Children.Values.Any(v => v is YamlMappingNode);

    /// <summary>
    /// Reads <c>say: { a: { fr: …, en: … }, b: { fr: …, en: … } }</c>: every name a variant of the flow, every variant
    /// given its text (a customer in a variant without one would see nothing), each text in both languages.
    /// </summary>
    public static VariantSayStep? ReadSay(YamlValue say, FlowReferences references, Action<YamlValue> checkPlaceholders) =>
        ReadTexts(say, "say", references, checkPlaceholders) is { } texts ? new VariantSayStep(texts) : null;

    /// <summary>
    /// Reads a text that may be written per variant (a question's prompt, retry or option title, a confirmation's
    /// say): its plain text, the first variant's when it is written per variant, and its texts per variant (null
    /// when it is not). Null when a problem was reported.
    /// </summary>
    public static (LocalizedText Text, IReadOnlyList<VariantText>? PerVariant)? ReadText(YamlValue value, string key, FlowReferences references, Action<YamlValue> checkPlaceholders)
    {
        if (!IsPerVariant(value))
        {
            var text = value.AsLocalized();
            if (text is not null)
            {
                checkPlaceholders(value);
            }

            return text is null ? null : (text, null);
        }

        return ReadTexts(value, key, references, checkPlaceholders) is { } texts ? (texts[0].Text, texts) : null;
    }

    /// <summary>
    /// Reads <c>{key}: { a: { fr: …, en: … }, b: { fr: …, en: … } }</c>: every name a variant of the flow, every
    /// variant given its text, each text in both languages and its {variables} set by then.
    /// </summary>
    private static List<VariantText>? ReadTexts(YamlValue value, string key, FlowReferences references, Action<YamlValue> checkPlaceholders)
    {
        var group = value.AsMapping();
        if (group is null)
        {
            return null;
        }

        if (references.Variants is not { } declared)
        {
            return value.Report<List<VariantText>>($"this flow declares no variants, so {key}: cannot give a text per variant: add variants: {{ a: 50, b: 50 }} and a conversion: at the top of the flow, or write {key}: {{ fr: …, en: … }}.");
        }

        var texts = new List<VariantText>();
        var failed = false;
        foreach (var (name, text) in group.Entries)
        {
            if (!declared.Contains(name, StringComparer.Ordinal))
            {
                var guess = KeySuggestion.Closest(name, declared);
                var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
                text.Report($"unknown variant \"{name}\": this flow's variants are {string.Join(", ", declared)}.{hint}");
                failed = true;
                continue;
            }

            if (text.AsLocalized() is not { } localized)
            {
                failed = true;
                continue;
            }

            checkPlaceholders(text);
            texts.Add(new VariantText(name, localized));
        }

        var missing = declared.Where(d => !group.Entries.Any(e => e.Key == d)).ToList();
        if (!failed && missing.Count > 0)
        {
            value.Report($"no text for the variant(s) {string.Join(", ", missing)}: give every variant of the flow its text here ({string.Join(", ", missing.Select(m => m + ": { fr: …, en: … }"))}), or their customers would see nothing.");
            failed = true;
        }

        return failed ? null : texts;
    }

    private static List<string>? ReadVariants(YamlValue value, FlowReferences references)
    {
        var items = value.IsEmpty ? [] : value.AsList();
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            return value.Report<List<string>>("this step's variant is empty: name the variant it is for, such as variant: b, or remove the line to show it to everyone.");
        }

        if (references.Variants is not { } declared)
        {
            return value.Report<List<string>>("this flow declares no variants: add variants: { a: 50, b: 50 } and a conversion: at the top of the flow, or remove this step's variant.");
        }

        var names = new List<string>();
        foreach (var item in items)
        {
            var name = item.AsText();
            if (name is null)
            {
                return null;
            }

            if (!declared.Contains(name, StringComparer.Ordinal))
            {
                var guess = KeySuggestion.Closest(name, declared);
                var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
                return item.Report<List<string>>($"unknown variant \"{name}\": this flow's variants are {string.Join(", ", declared)}.{hint}");
            }

            names.Add(name);
        }

        return names;
    }
}
