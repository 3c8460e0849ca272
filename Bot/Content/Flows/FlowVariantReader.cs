using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows;
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
