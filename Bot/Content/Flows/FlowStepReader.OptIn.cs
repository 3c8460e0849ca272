using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// The opt-in step: the topic the customer is asked to agree to, the question (its exact words are kept with the
/// consent), and optionally what is said after a yes and after a no and the variable that keeps the answer.
/// </summary>
internal static partial class FlowStepReader
{
    /// <summary>The fields of an opt-in step's group.</summary>
    private static readonly string[] OptInFields = ["topic", "ask", "yes", "no", "var"];

    private static OptInStep? ReadOptIn(YamlValue main, FlowScope scope)
    {
        var map = main.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(OptInFields, name => name is "id" or FlowVariantReader.StepKey
            ? $"\"{name}\" belongs to the step, beside opt-in: (- {name}: … then opt-in: on the next line), not inside it."
            : null);
        var topicValue = map.Required("topic", $"\"topic\" is missing: write what the customer agrees to receive, one of {string.Join(", ", OptInStep.Topics.Keys)} (such as topic: marketing).");
        var topic = topicValue?.AsText();
        var knownTopic = topic is not null && topicValue!.AsChoice("opt-in topic", OptInStep.Topics) is not null;
        var ask = ReadOptInText(map.Required("ask", "\"ask\" is missing: write the question the customer agrees to, in French (fr) and English (en); its exact words are kept with their consent."), scope, out var askOk);
        var yes = ReadOptInText(map.Optional("yes"), scope, out var yesOk);
        var no = ReadOptInText(map.Optional("no"), scope, out var noOk);
        var variable = map.Optional("var") is { } v ? ReadVariableName(v) : null;
        if (variable is not null)
        {
            scope.Set(variable);
        }

        var variableOk = map.Optional("var") is null || variable is not null;
        return knownTopic && ask is not null && askOk && yesOk && noOk && variableOk
            ? new OptInStep(topic!.ToLowerInvariant(), ask, yes, no, variable)
            : null;
    }

    /// <summary>A text per language with its {variables} checked; <paramref name="ok"/> is false when one was written and is wrong.</summary>
    private static Dialogs.Content.LocalizedText? ReadOptInText(YamlValue? value, FlowScope scope, out bool ok)
    {
        var text = value?.AsLocalized();
        if (text is not null)
        {
            CheckPlaceholders(value!, scope);
        }

        ok = value is null || text is not null;
        return text;
    }
}
