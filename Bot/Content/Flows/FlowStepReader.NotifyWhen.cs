using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows;
using YamlDotNet.RepresentationModel;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// The notify-when step: the product the customer waits for (a sku of the catalog, or {variables} that give one when
/// the step runs) and the optional words that confirm it, written as one group of fields.
/// </summary>
internal static partial class FlowStepReader
{
    /// <summary>The fields of a notify-when step's group.</summary>
    private static readonly string[] NotifyWhenFields = ["back-in-stock", "say"];

    private static NotifyWhenStep? ReadNotifyWhen(YamlValue main, FlowScope scope, FlowReferences references)
    {
        var map = main.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(NotifyWhenFields, name => name is "id" or FlowVariantReader.StepKey
            ? $"\"{name}\" belongs to the step, beside notify-when: (- {name}: … then notify-when: on the next line), not inside it."
            : null);
        var skuValue = map.Required("back-in-stock", "\"back-in-stock\" is missing: write the sku of the product the customer waits for (such as back-in-stock: CAP-ARPEGGIO), or the variable holding it in quotes (such as back-in-stock: \"{product}\").");
        var sku = skuValue is null ? null : ReadStockSku(skuValue, scope, references);
        var sayValue = map.Optional("say");
        var say = sayValue is null ? null : FlowVariantReader.ReadText(sayValue, "say", references, texts => CheckPlaceholders(texts, scope));
        return sku is null || (sayValue is not null && say is null) ? null : new NotifyWhenStep(sku, say?.Text) { SayByVariant = say?.PerVariant };
    }

    /// <summary>A sku of the catalog (when the catalog could be read), or a text whose {variables} are all set by then.</summary>
    private static string? ReadStockSku(YamlValue value, FlowScope scope, FlowReferences references)
    {
        if (value.Node is YamlMappingNode { Children.Count: 1 } braces && braces.Children.Single() is { Key: YamlScalarNode { Value: { } name }, Value: YamlScalarNode { Value: null or "" } })
        {
            // back-in-stock: {product} unquoted is a group of fields to YAML: the marketer meant the variable.
            return value.Report<string>($"a variable is written in quotes here, such as back-in-stock: \"{{{name}}}\" (without them, YAML reads {{{name}}} as a group of fields).");
        }

        var sku = value.AsText();
        if (sku is null)
        {
            return null;
        }

        var variables = FlowText.Variables(sku).ToList();
        if (variables.Count > 0)
        {
            var unset = variables.Where(v => !scope.IsSet(v.Name)).ToList();
            foreach (var (variable, offset) in unset)
            {
                ReportAt(value, offset, UnsetMessage(variable, scope));
            }

            return unset.Count == 0 ? sku : null;
        }

        if (references.Skus is { } skus && !skus.Contains(sku, StringComparer.OrdinalIgnoreCase))
        {
            var guess = KeySuggestion.Closest(sku, skus);
            var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
            return value.Report<string>($"notify-when back-in-stock \"{sku}\": there is no product with this sku in {CatalogReader.FileName}. Write the sku of a product, or \"{{variable}}\" for one the flow asked for.{hint}");
        }

        return sku;
    }
}
