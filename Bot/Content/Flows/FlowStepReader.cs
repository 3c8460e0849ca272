using System.Text.RegularExpressions;
using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Majordome.Bot.Content.Flows;

/// <summary>Reads the steps of a flow, checking variables, branches, expressions and reachability as it goes.</summary>
internal static partial class FlowStepReader
{
    /// <summary>The step kinds, each the key that names the step.</summary>
    public static readonly string[] Kinds = ["say", "ask", "set", "if", "goto", "end", "action", "card", "image", "call", "loop", "wait", "schedule", "unschedule", "notify-when", "opt-in"];

    private static readonly Dictionary<string, string[]> KeysByKind = new(StringComparer.Ordinal)
    {
        ["say"] = ["say", "id"],
        ["ask"] = ["ask", "id", "var", "prompt", "retry", "min", "max", "options"],
        ["set"] = ["set", "id", "value"],
        ["if"] = ["if", "id", "then", "else"],
        ["goto"] = ["goto", "id"],
        ["end"] = ["end", "id"],
        ["action"] = ["action", "id", "with", "into", "on-error"],
        ["card"] = ["card", "id", "data", "products"],
        ["image"] = ["image", "id", "alt"],
        ["call"] = ["call", "id", "with", "returns"],
        ["loop"] = ["loop", "id", "until", "steps"],
        ["wait"] = ["wait", "id"],
        ["schedule"] = ["schedule", "id"],
        ["unschedule"] = ["unschedule", "id"],
        ["notify-when"] = ["notify-when", "id"],
        ["opt-in"] = ["opt-in", "id"],
    };

    private static readonly Dictionary<string, AskKind> AskKinds = new(StringComparer.Ordinal)
    {
        ["text"] = AskKind.Text,
        ["number"] = AskKind.Number,
        ["choice"] = AskKind.Choice,
        ["confirm"] = AskKind.Confirm,
        ["date-time"] = AskKind.DateTime,
        ["email"] = AskKind.Email,
        ["phone"] = AskKind.Phone,
        ["attachment"] = AskKind.Attachment,
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();

    [GeneratedRegex("^[a-z0-9]+([-_][a-z0-9]+)*$")]
    private static partial Regex StepId();

    /// <summary>The steps of the list <paramref name="value"/>, or null when a problem was reported.</summary>
    public static IReadOnlyList<FlowStep>? ReadBlock(YamlValue value, FlowScope scope, FlowReferences references)
    {
        var items = value.AsList();
        if (items is null)
        {
            return null;
        }

        var steps = new List<FlowStep?>();
        var reportedUnreachable = false;
        foreach (var item in items)
        {
            if (scope.HasLeft && !reportedUnreachable)
            {
                // Once per block: the first step after a goto or an end is what the marketer must move or delete.
                item.Report("this step can never run: the step before it leaves the flow (goto or end). Move it before, or delete it.");
                reportedUnreachable = true;
            }

            steps.Add(FlowVariantReader.ReadStep(item, scope, references, ReadStep));
        }

        return steps.Any(s => s is null) || reportedUnreachable ? null : [.. steps.Select(s => s!)];
    }

    /// <summary>The step with its identity: its id: when written (unique in the flow), else its place and kind.</summary>
    private static FlowStep? ReadStep(YamlValue item, FlowScope scope, FlowReferences references)
    {
        var step = ReadStepOfKind(item, scope, references);
        var idValue = item.Node is YamlMappingNode ? item.AsMapping()?.Optional("id") : null;
        if (idValue is null)
        {
            return step is null ? null : step with { Id = $"{item.Field}:{KindOf(step)}" };
        }

        var id = idValue.AsText();
        if (id is not null && !StepId().IsMatch(id))
        {
            return idValue.Report<FlowStep>($"\"{id}\" is not a valid step id: use lower-case letters, digits, - and _, such as id: ask-city.");
        }

        if (id is not null && references.StepIds.TryGetValue(id, out var first))
        {
            return idValue.Report<FlowStep>($"the step id \"{id}\" is already used at line {first.Node.Start.Line}: each step's id must be unique in the flow.");
        }

        if (id is not null)
        {
            references.StepIds.Add(id, idValue);
            NoteScheduleId(step, id, references);
        }

        return id is null || step is null ? null : step with { Id = id };
    }

    private static string KindOf(FlowStep step) => step switch
    {
        AskStep ask => "ask-" + ask.Kind.ToString().ToLowerInvariant(),
        NotifyWhenStep => "notify-when",
        OptInStep => "opt-in",
        _ => step.GetType().Name.Replace("Step", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
    };

    private static FlowStep? ReadStepOfKind(YamlValue item, FlowScope scope, FlowReferences references)
    {
        var map = item.AsMapping();
        if (map is null)
        {
            return null;
        }

        // The first kind written names the step: any other kind in it is what the marketer added by mistake.
        var kind = map.Entries.Select(e => e.Key).FirstOrDefault(k => Kinds.Contains(k));
        if (kind is null)
        {
            var first = map.Entries.Select(e => e.Key).FirstOrDefault() ?? string.Empty;
            var guess = KeySuggestion.Closest(first, Kinds);
            var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
            return item.Report<FlowStep>($"unknown step kind \"{first}\": a step starts with one of {string.Join(", ", Kinds)}.{hint}");
        }

        map.AllowOnly([.. KeysByKind[kind], FlowVariantReader.StepKey], name => Kinds.Contains(name)
            ? $"a step does one thing: \"{name}\" cannot be in the same step as \"{kind}\"; write it as its own step (- {name}: …)."
            : null);
        var main = map.Required(kind)!;
        switch (kind)
        {
            case "say" when FlowVariantReader.IsPerVariant(main):
                return FlowVariantReader.ReadSay(main, references, texts => CheckPlaceholders(texts, scope));
            case "say":
                var text = main.AsLocalized();
                if (text is not null)
                {
                    CheckPlaceholders(main, scope);
                }

                return text is null ? null : new SayStep(text);
            case "ask":
                return ReadAsk(map, main, scope, references);
            case "set":
                var name = ReadVariableName(main);
                var expression = map.Required("value", "\"value\" is missing: write the value to store, such as value: budget or value: \"gold\".") is { } v
                    ? ReadExpression(v, scope)
                    : null;
                if (name is not null)
                {
                    scope.Set(name);
                }

                return name is null || expression is null ? null : new SetStep(name, expression);
            case "if":
                return ReadIf(map, main, scope, references);
            case "action":
                return ReadAction(map, main, scope, references);
            case "card":
                return ReadCard(map, main, scope);
            case "image":
                return ReadImage(map, main, references);
            case "call":
                return ReadCall(map, main, scope, references);
            case "loop":
                return ReadLoop(map, main, scope, references);
            case "wait":
                return ReadWait(main);
            case "schedule":
                return ReadSchedule(main, scope, references);
            case "unschedule":
                return ReadUnschedule(main, references);
            case "notify-when":
                return ReadNotifyWhen(main, scope, references);
            case "opt-in":
                return ReadOptIn(main, scope);
            case "goto":
                var target = main.AsText();
                if (target is not null)
                {
                    references.Gotos.Add((target, main));
                }

                scope.HasLeft = true;
                return target is null ? null : new GotoStep(target);
            default:
                scope.HasLeft = true;
                return new EndStep();
        }
    }

    private static AskStep? ReadAsk(YamlMapping map, YamlValue main, FlowScope scope, FlowReferences references)
    {
        var kindText = main.AsText();
        AskKind? kind = null;
        if (kindText is not null)
        {
            kind = main.AsChoice("question kind", AskKinds);
        }

        var variable = map.Required("var", "\"var\" is missing: name the variable the answer is stored in, such as var: budget.") is { } v ? ReadVariableName(v) : null;
        var prompt = map.Required("prompt", "\"prompt\" is missing: write the question, in French (fr) and English (en).") is { } promptValue
            ? FlowVariantReader.ReadText(promptValue, "prompt", references, texts => CheckPlaceholders(texts, scope))
            : null;
        var retryValue = map.Optional("retry");
        var retry = retryValue is null ? null : FlowVariantReader.ReadText(retryValue, "retry", references, texts => CheckPlaceholders(texts, scope));
        var minValue = map.Optional("min");
        var maxValue = map.Optional("max");
        var isDate = kind == AskKind.DateTime;
        var min = isDate ? null : minValue?.AsDecimal();
        var max = isDate ? null : maxValue?.AsDecimal();
        if (kind is not null and not AskKind.Number and not AskKind.DateTime && (minValue ?? maxValue) is { } bound)
        {
            bound.Report("min and max only apply to a number question (ask: number) or a date question (ask: date-time).");
        }

        if (min > max)
        {
            maxValue!.Report($"max ({max}) is smaller than min ({min}): swap them.");
        }

        var minDate = isDate ? ReadDateBound(minValue) : null;
        var maxDate = isDate ? ReadDateBound(maxValue) : null;
        var badDateBound = isDate && ((minValue is not null && minDate is null) || (maxValue is not null && maxDate is null));
        if (minDate is not null && maxDate is not null && (minDate.Fixed is null) == (maxDate.Fixed is null)
            && maxDate.Resolve(DateOnly.FromDayNumber(730_000)) < minDate.Resolve(DateOnly.FromDayNumber(730_000)))
        {
            // Both fixed, or both from today: their order is the same whatever today is.
            maxValue!.Report($"max ({maxDate.Text}) is before min ({minDate.Text}): swap them.");
            badDateBound = true;
        }

        var options = new List<FlowOption>();
        var optionsValue = map.Optional("options");
        if (kind == AskKind.Choice && optionsValue is null)
        {
            main.Report("a choice question needs options: add options: with at least two, each with a value and a title in fr and en.");
        }
        else if (kind is not null and not AskKind.Choice && optionsValue is not null)
        {
            optionsValue.Report("options only apply to a choice question (ask: choice).");
        }
        else if (optionsValue is not null)
        {
            options = ReadOptions(optionsValue, references);
        }

        if (variable is not null)
        {
            scope.Set(variable);
        }

        if (variable is not null && kind == AskKind.Attachment)
        {
            scope.Set(variable + FlowDialog.AttachmentTypeSuffix);
        }

        return kind is null || variable is null || prompt is null || (retryValue is not null && retry is null)
            || (kind == AskKind.Choice && options.Count == 0) || badDateBound
            ? null
            : new AskStep(kind.Value, variable, prompt.Value.Text, retry?.Text, min, max, options)
            {
                MinDate = minDate,
                MaxDate = maxDate,
                PromptByVariant = prompt.Value.PerVariant,
                RetryByVariant = retry?.PerVariant,
            };
    }

    private static FlowDateBound? ReadDateBound(YamlValue? value)
    {
        var text = value?.AsText();
        if (text is null)
        {
            return null;
        }

        return FlowDateBound.Parse(text) ?? value!.Report<FlowDateBound>($"\"{text}\" is not a date bound: write {FlowDateBound.Forms}.");
    }

    private static List<FlowOption> ReadOptions(YamlValue value, FlowReferences references)
    {
        var items = value.AsList() ?? [];
        if (items.Count == 0)
        {
            value.Report("a choice question needs options: add at least two, each with a value and a title in fr and en.");
            return [];
        }

        var options = new List<FlowOption>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var map = item.AsMapping();
            if (map is null)
            {
                continue;
            }

            map.AllowOnly(["value", "title"]);
            var optionValue = map.Required("value", "\"value\" is missing: the value stored when this option is chosen, such as value: partner.");
            var text = optionValue?.AsText();
            // A button's title is shown as written: no {variables} to check.
            var title = map.Required("title", "\"title\" is missing: the button's text in fr and en.") is { } titleValue
                ? FlowVariantReader.ReadText(titleValue, "title", references, _ => { })
                : null;
            if (text is not null && !seen.Add(text))
            {
                optionValue!.Report($"the option \"{text}\" is listed twice: each option's value must be unique.");
                continue;
            }

            if (text is not null && title is not null)
            {
                options.Add(new FlowOption(text, title.Value.Text) { TitleByVariant = title.Value.PerVariant });
            }
        }

        if (options.Count == items.Count)
        {
            FlowChoiceLimits.Check(value, items);
        }

        return options.Count == items.Count ? options : [];
    }

    private static IfStep? ReadIf(YamlMapping map, YamlValue main, FlowScope scope, FlowReferences references)
    {
        var condition = ReadExpression(main, scope);
        var thenScope = scope.Branch();
        var elseScope = scope.Branch();
        var thenValue = map.Required("then", "\"then\" is missing: list the steps to run when the condition holds.");
        var then = thenValue is null ? null : ReadBlock(thenValue, thenScope, references);
        var elseValue = map.Optional("else");
        var otherwise = elseValue is null ? [] : ReadBlock(elseValue, elseScope, references);
        scope.Join(thenScope, elseScope);
        return condition is null || then is null || otherwise is null ? null : new IfStep(condition, then, otherwise);
    }

    private static string? ReadVariableName(YamlValue value)
    {
        var name = value.AsText();
        if (name is not null && !VariableName().IsMatch(name))
        {
            return value.Report<string>($"\"{name}\" is not a valid variable name: use letters, digits and _ only, starting with a letter (like gift_budget).");
        }

        if (name is FlowExpression.Today or FlowExpression.Now)
        {
            return value.Report<string>($"\"{name}\" is the current {(name == FlowExpression.Today ? "date" : "time")} in expressions: choose another variable name (such as visit_{name}).");
        }

        return name;
    }

    private static FlowExpression? ReadExpression(YamlValue value, FlowScope scope)
    {
        if (value.Node is not YamlScalarNode scalar || value.IsEmpty || string.IsNullOrWhiteSpace(scalar.Value))
        {
            return value.Report<FlowExpression>($"expected an expression (such as budget >= 50) but found {value.Describe()}.");
        }

        FlowExpression expression;
        try
        {
            expression = FlowExpression.Parse(scalar.Value);
        }
        catch (FlowExpressionException e)
        {
            ReportAt(value, e.Offset, $"this expression cannot be read: {e.Message}");
            return null;
        }

        foreach (var (offset, message) in expression.Mistakes)
        {
            ReportAt(value, offset, message);
        }

        var unset = expression.Variables.Where(v => !scope.IsSet(v)).ToList();
        foreach (var name in unset)
        {
            ReportAt(value, scalar.Value.IndexOf(name, StringComparison.Ordinal), UnsetMessage(name, scope));
        }

        return unset.Count == 0 && expression.Mistakes.Count == 0 ? expression : null;
    }

    private static void CheckPlaceholders(YamlValue localized, FlowScope scope)
    {
        if (localized.Node is not YamlMappingNode texts)
        {
            return;
        }

        foreach (var (_, node) in texts.Children)
        {
            if (node is not YamlScalarNode { Value: { } text })
            {
                continue;
            }

            var at = new YamlValue(node, localized.Field, localized.File);
            foreach (var (name, offset) in FlowText.Variables(text).Where(v => !scope.IsSet(v.Name)))
            {
                ReportAt(at, offset, UnsetMessage(name, scope));
            }
        }
    }

    private static string UnsetMessage(string name, FlowScope scope)
    {
        var guess = KeySuggestion.Closest(name, scope.Names.Where(n => n != name));
        var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
        return $"the variable \"{name}\" is used before it is set: ask for it (var: {name}) or set it in an earlier step, on every path to this one.{hint}";
    }

    /// <summary>
    /// Reports at <paramref name="offset"/> inside a one-line scalar (the column is exact for plain and quoted
    /// texts); at the value itself for block texts, whose lines do not map to offsets.
    /// </summary>
    private static void ReportAt(YamlValue value, int offset, string message)
    {
        var scalar = value.Node as YamlScalarNode;
        var start = value.Node.Start;
        if (scalar is null || scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded || value.Node.End.Line != start.Line || offset < 0)
        {
            value.Report(message);
            return;
        }

        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        value.File.Report(new Mark(start.Index + quote + offset, start.Line, start.Column + quote + offset), value.Field, message);
    }
}
