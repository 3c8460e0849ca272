using System.Globalization;
using System.Text.RegularExpressions;
using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Dialogs.Flows.Experiments;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Reads a flow file's experiment: <c>variants: { a: 50, b: 50 }</c>, <c>conversion: { event: order, within: 7d }</c>
/// and the optional <c>experiment: name</c>. Every problem is reported with its line and column and how to fix it.
/// </summary>
internal static partial class FlowExperimentReader
{
    /// <summary>The top-level keys of a flow file this reader owns.</summary>
    public static readonly string[] Keys = ["experiment", "variants", "conversion"];

    private static readonly string[] ConversionKeys = ["event", "tag", "within"];

    private static readonly Dictionary<string, ConversionEvent> Events = new(StringComparer.Ordinal)
    {
        ["end"] = ConversionEvent.End,
        ["order"] = ConversionEvent.Order,
        ["booking"] = ConversionEvent.Booking,
        ["tag"] = ConversionEvent.Tag,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Name();

    [GeneratedRegex("^(?<amount>[0-9]{1,4})\\s*(?<unit>[dwh])$")]
    private static partial Regex Window();

    /// <summary>
    /// The experiment of the flow <paramref name="flowId"/>, or null when it has none or a problem was reported
    /// (<paramref name="failed"/> then true). The variant names read are kept in <paramref name="references"/>
    /// for the steps' <c>variant:</c>.
    /// </summary>
    public static FlowExperiment? Read(YamlMapping top, string? flowId, FlowReferences references, out bool failed)
    {
        failed = false;
        var variantsValue = top.Optional("variants");
        var conversionValue = top.Optional("conversion");
        var nameValue = top.Optional("experiment");
        if (variantsValue is null)
        {
            foreach (var orphan in new[] { conversionValue, nameValue }.OfType<YamlValue>())
            {
                orphan.Report("an experiment needs its variants: add variants: { a: 50, b: 50 } to the flow (the share of customers each one gets).");
                failed = true;
            }

            return null;
        }

        var variants = ReadVariants(variantsValue);
        references.Variants = variants?.Select(v => v.Name).ToList() ?? ReadNamesOnly(variantsValue);
        var conversion = conversionValue is null ? ReportMissingConversion(top) : ReadConversion(conversionValue);
        var name = nameValue is null ? flowId : ReadName(nameValue, "experiment name");
        failed = variants is null || conversion is null || name is null;
        return failed ? null : new FlowExperiment(name!, variants!, conversion!);
    }

    private static FlowConversion? ReportMissingConversion(YamlMapping top)
    {
        const string Missing = "\"conversion\" is missing: say what counts as success, such as conversion: { event: order, within: 7d } (event: end, order, booking or tag).";

        // Written but left empty is found (and not reported) by Required: report it there.
        top.Required("conversion", Missing)?.Report(Missing);
        return null;
    }

    private static List<FlowVariant>? ReadVariants(YamlValue value)
    {
        var map = value.AsMapping();
        if (map is null)
        {
            return null;
        }

        var variants = new List<FlowVariant>();
        var failed = false;
        foreach (var (key, weightValue) in map.Entries)
        {
            if (!Name().IsMatch(key))
            {
                weightValue.Report($"\"{key}\" is not a valid variant name: use lower-case letters, digits and dashes, such as a, b or gift-box-first.");
                failed = true;
                continue;
            }

            var weight = weightValue.AsInt();
            if (weight is null)
            {
                failed = true;
            }
            else if (weight <= 0)
            {
                weightValue.Report($"the weight of \"{key}\" is {weight}: give each variant a whole number above 0, its share of customers (50 and 50 splits them evenly).");
                failed = true;
            }
            else
            {
                variants.Add(new FlowVariant(key, weight.Value));
            }
        }

        if (!failed && variants.Count < 2)
        {
            value.Report("an experiment compares at least two variants: write for example variants: { a: 50, b: 50 }.");
            failed = true;
        }

        return failed ? null : variants;
    }

    private static List<string> ReadNamesOnly(YamlValue value) =>
        value.Node is YamlDotNet.RepresentationModel.YamlMappingNode map
            ? [.. map.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(k => k.Value ?? string.Empty)]
            : [];

    private static FlowConversion? ReadConversion(YamlValue value)
    {
        var map = value.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(ConversionKeys);
        var kind = map.Required("event", "\"event\" is missing: write what counts as success: end (the flow's end), order, booking or tag.")?.AsChoice("conversion event", Events);
        var tagValue = map.Optional("tag");
        string? tag = null;
        if (kind == ConversionEvent.Tag)
        {
            tag = map.Required("tag", "\"tag\" is missing: name the tag that counts, such as tag: coffee-lover.") is { } t ? ReadTag(t) : null;
        }
        else if (tagValue is not null)
        {
            tagValue.Report("tag only applies to event: tag; remove it, or write event: tag.");
            return null;
        }

        var withinValue = map.Optional("within");
        var within = withinValue is null ? FlowConversion.DefaultWithin : ReadWithin(withinValue);
        var failed = kind is null || within is null || (kind == ConversionEvent.Tag && tag is null) || map.Entries.Any(e => !ConversionKeys.Contains(e.Key));
        return failed ? null : new FlowConversion(kind!.Value, tag, within!.Value);
    }

    private static string? ReadTag(YamlValue value)
    {
        var text = value.AsText()?.ToLowerInvariant();
        return text is null || TagAction.IsValid(text)
            ? text
            : value.Report<string>($"\"{text}\" is not a tag: a tag is one short word of lower-case letters, digits and dashes, as the tag action gives it.");
    }

    private static TimeSpan? ReadWithin(YamlValue value)
    {
        var text = value.AsText();
        if (text is null)
        {
            return null;
        }

        var match = Window().Match(text);
        if (!match.Success)
        {
            value.Report($"\"{text}\" is not a duration: write a number of days, weeks or hours, such as 7d, 2w or 48h.");
            return null;
        }

        var amount = int.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        var within = match.Groups["unit"].Value switch
        {
            "w" => TimeSpan.FromDays(7 * amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
        if (within <= TimeSpan.Zero || within > FlowConversion.MaxWithin)
        {
            value.Report($"\"{text}\" is outside what an experiment can wait for: give between 1h and {FlowConversion.MaxWithin.TotalDays:0}d.");
            return null;
        }

        return within;
    }

    private static string? ReadName(YamlValue value, string what)
    {
        var text = value.AsText();
        return text is null || Name().IsMatch(text)
            ? text
            : value.Report<string>($"\"{text}\" is not a valid {what}: use lower-case letters, digits and dashes, such as gift-box-first-2026.");
    }
}
