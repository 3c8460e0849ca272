using System.Globalization;
using System.Text.RegularExpressions;
using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// The schedule step: what is sent later (a flow's invitation, a text, or both) and when (after a delay, at a date,
/// or on the next anniversary of a date), written as one group of fields.
/// </summary>
internal static partial class FlowStepReader
{
    /// <summary>The fields of a schedule step's group.</summary>
    private static readonly string[] ScheduleFields = ["flow", "say", "after", "at", "anniversary"];

    private static readonly string[] ScheduleTimes = ["after", "at", "anniversary"];

    // "mo" is months; a bare "m" is read only to be refused, since in wait: it means minutes.
    [GeneratedRegex("^(?<n>[0-9]{1,4})(?<unit>mo|m|[ywdh])$")]
    private static partial Regex ScheduleDelay();

    private static ScheduleStep? ReadSchedule(YamlValue main, FlowScope scope, FlowReferences references)
    {
        var map = main.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(ScheduleFields, name => name is "id" or FlowVariantReader.StepKey
            ? $"\"{name}\" belongs to the step, beside schedule: (- {name}: … then schedule: on the next line), not inside it."
            : null);
        var flowValue = map.Optional("flow");
        var flow = flowValue?.AsText();
        var sayValue = map.Optional("say");
        var say = sayValue is null ? null : FlowVariantReader.ReadText(sayValue, "say", references, texts => CheckPlaceholders(texts, scope));

        if (flowValue is null && sayValue is null)
        {
            main.Report("a schedule step sends something later: write flow: (the id of the flow its button starts), say: (a text in fr and en), or both.");
            return null;
        }

        if (flow is not null)
        {
            references.Scheduled.Add((flow, flowValue!));
        }

        var times = ScheduleTimes.Select(t => (Name: t, Value: map.Optional(t))).Where(t => t.Value is not null).ToList();
        if (times.Count != 1)
        {
            main.Report(times.Count == 0
                ? "when is it sent? Write one of after: (a delay such as 2w), at: (a date such as visit_date - 1d) or anniversary: (a date whose next return is the day, such as birthday)."
                : $"write only one of after:, at: or anniversary: (this step has {string.Join(" and ", times.Select(t => t.Name + ":"))}).");
            return null;
        }

        var (name, value) = times[0];
        var when = name switch
        {
            "after" => ReadScheduleDelay(value!) is { } delay ? new FlowScheduleTime(delay, null, null) : null,
            "at" => ReadExpression(value!, scope) is { } at ? new FlowScheduleTime(null, at, null) : null,
            _ => ReadExpression(value!, scope) is { } date ? new FlowScheduleTime(null, null, date) : null,
        };

        var failed = when is null || (flowValue is not null && flow is null) || (sayValue is not null && say is null);
        return failed ? null : new ScheduleStep(flow, say?.Text, when!) { SayByVariant = say?.PerVariant };
    }

    /// <summary>
    /// A delay such as 2w: a whole number and a unit, y (years), mo (months), w (weeks), d (days) or h (hours). A bare m
    /// is refused as ambiguous: it is minutes in wait:, and read here as months "30m" would write a customer years later.
    /// </summary>
    private static FlowDuration? ReadScheduleDelay(YamlValue value)
    {
        var text = value.AsText();
        if (text is null)
        {
            return null;
        }

        var match = ScheduleDelay().Match(text);
        if (!match.Success || int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) == 0)
        {
            var hint = WaitUnit().IsMatch(text) ? " Minutes and seconds are for wait: (a pause inside the conversation); a scheduled message is at least an hour later." : string.Empty;
            return value.Report<FlowDuration>($"\"{text}\" is not a delay: write a whole number and a unit, h (hours), d (days), w (weeks), mo (months) or y (years), such as after: 2w.{hint}");
        }

        var amount = match.Groups["n"].Value;
        return match.Groups["unit"].Value switch
        {
            "m" => value.Report<FlowDuration>($"\"{text}\" is ambiguous: m could be minutes (as in wait:) or months. Write after: {amount}mo for {amount} months; if you meant minutes, write {amount}min in a wait: step (a scheduled message is at least an hour later, such as after: 1h)."),
            "mo" => new FlowDuration(int.Parse(amount, CultureInfo.InvariantCulture), 'm'),
            var unit => new FlowDuration(int.Parse(amount, CultureInfo.InvariantCulture), unit[0]),
        };
    }

    /// <summary>An unschedule step: the written id of a schedule step of this flow, checked once the whole file is read.</summary>
    private static UnscheduleStep? ReadUnschedule(YamlValue main, FlowReferences references)
    {
        var id = main.AsText();
        if (id is not null)
        {
            references.Unscheduled.Add((id, main));
        }

        return id is null ? null : new UnscheduleStep(id);
    }

    /// <summary>A schedule step's written id, which an unschedule step may name.</summary>
    private static void NoteScheduleId(FlowStep? step, string id, FlowReferences references)
    {
        if (step is ScheduleStep)
        {
            references.ScheduleIds.Add(id);
        }
    }

    [GeneratedRegex(@"^\d+(\.\d+)?\s*(ms|s|min)$")]
    private static partial Regex WaitUnit();
}
