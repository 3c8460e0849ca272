namespace Majordome.Dialogs.Flows;

/// <summary>
/// What a choice question's variable shows in a text: the chosen option's title in the customer's language
/// ("{recipient}" says "My partner", or "Mon amour" in French), while expressions keep comparing the stable value
/// ("partner"), so a translation never breaks a condition. A title written per variant shows in the customer's
/// variant's words, as the button did.
/// </summary>
public sealed class FlowChoiceTitles
{
    private readonly Dictionary<string, List<FlowOption>> _options = new(StringComparer.Ordinal);

    /// <summary>Collects the options of every choice question in <paramref name="steps"/>, branches included.</summary>
    public FlowChoiceTitles(IEnumerable<FlowStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Collect(steps);
    }

    /// <summary>
    /// <paramref name="values"/> with each choice variable whose value is one of its options replaced by that
    /// option's title in <paramref name="language"/>; other variables unchanged.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ForDisplay(IReadOnlyDictionary<string, object?> values, string language)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (_options.Count == 0)
        {
            return values;
        }

        var variant = Experiments.FlowVariantTexts.VariantOf(values);
        return values.ToDictionary(
            v => v.Key,
            v => v.Value is string value && _options.TryGetValue(v.Key, out var options)
                && options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.OrdinalIgnoreCase)) is { } chosen
                    ? Experiments.FlowVariantTexts.For(chosen.TitleByVariant, variant, chosen.Title).In(language)
                    : v.Value,
            StringComparer.Ordinal);
    }

    private void Collect(IEnumerable<FlowStep> steps)
    {
        foreach (var step in steps)
        {
            switch (step)
            {
                case AskStep { Kind: AskKind.Choice } ask:
                    if (!_options.TryGetValue(ask.Variable, out var options))
                    {
                        _options[ask.Variable] = options = [];
                    }

                    options.AddRange(ask.Options);
                    break;
                case IfStep branch:
                    Collect(branch.Then);
                    Collect(branch.Else);
                    break;
                case LoopStep loop:
                    Collect(loop.Steps);
                    break;
            }
        }
    }
}
