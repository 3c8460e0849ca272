using System.Globalization;
using System.Text;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Experiments;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Draws a flow as a Mermaid <c>flowchart TD</c> (GitHub, VS Code and mermaid.live show it): one box per step,
/// a diamond per condition with yes/no edges that join again after it, an action's on-error steps on an "error"
/// edge that joins again after them, gotos and the end as rounded boxes. In a flow running an A/B test, steps written
/// for some variants (<c>variant: b</c>, one after the other), a say with a text per variant and a step whose other
/// texts differ per variant (a question's prompt, retry or titles; a confirmation) branch from a diamond naming the
/// experiment, one edge per variant labelled with its share of customers, each in its variant's words, and join again.
/// </summary>
public static class FlowGraph
{
    /// <summary>How many characters of a text a box shows.</summary>
    public const int MaxLabelLength = 48;

    /// <summary>The Mermaid text for <paramref name="flow"/>, its texts in <paramref name="language"/>.</summary>
    public static string ToMermaid(FlowDefinition flow, string language)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var builder = new Builder(language, flow.Experiment);
        builder.Line("flowchart TD");
        var start = builder.Node($"([\"{Escape(flow.Title.In(language))}\"])");
        var ends = builder.Block(flow.Steps, [(start, null)]);
        if (ends.Count > 0)
        {
            builder.Connect(ends, builder.Node("([\"end: back to the menu\"])"));
        }

        return builder.ToString();
    }

    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Shorten(string text)
    {
        var flat = Transcripts.TextPattern.Normalize(text);
        return Escape(flat.Length <= MaxLabelLength ? flat : flat[..(MaxLabelLength - 1)].TrimEnd() + "…");
    }

    private sealed class Builder(string language, FlowExperiment? experiment)
    {
        private readonly StringBuilder _text = new();
        private int _count;

        public void Line(string line) => _text.Append(line).Append('\n');

        public override string ToString() => _text.ToString();

        public string Node(string shape)
        {
            var id = "s" + _count++.ToString(CultureInfo.InvariantCulture);
            Line($"    {id}{shape}");
            return id;
        }

        public void Connect(IEnumerable<(string Id, string? Label)> from, string to)
        {
            foreach (var (id, label) in from)
            {
                Line(label is null ? $"    {id} --> {to}" : $"    {id} -->|{label}| {to}");
            }
        }

        // Returns the loose ends that lead to whatever follows the block (none after a goto or an end).
        public List<(string Id, string? Label)> Block(IReadOnlyList<FlowStep> steps, List<(string Id, string? Label)> incoming)
        {
            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                if (experiment is not null && IsPerVariant(step))
                {
                    // The run of steps that differ per variant: one diamond, a branch per variant with its share.
                    var run = new List<FlowStep>();
                    for (; i < steps.Count && IsPerVariant(steps[i]); i++)
                    {
                        run.AddRange(steps[i] switch
                        {
                            VariantSayStep perVariant => FlowVariantSteps.Expand(perVariant),
                            var worded when FlowVariantTexts.HasAny(worded) => FlowVariantSteps.ExpandTexts(worded),
                            var only => [only],
                        });
                    }

                    i--;
                    incoming = Variants(run, incoming, experiment);
                    continue;
                }

                switch (step)
                {
                    case IfStep branch:
                        var diamond = Node($"{{\"{Escape(branch.Condition.Text)}\"}}");
                        Connect(incoming, diamond);
                        var yes = Block(branch.Then, [(diamond, "yes")]);
                        var no = branch.Else.Count == 0 ? [(diamond, "no")] : Block(branch.Else, [(diamond, "no")]);
                        incoming = [.. yes, .. no];
                        break;
                    case GotoStep go:
                        var label = string.Equals(go.Target, FlowTargets.Menu, StringComparison.OrdinalIgnoreCase) ? "go to the menu" : $"go to flow {go.Target}";
                        Connect(incoming, Node($"([\"{Escape(label)}\"])"));
                        incoming = [];
                        break;
                    case ActionStep { OnError.Count: > 0 } action:
                        // The on-error steps run only when the action fails; either way the flow goes on after them.
                        var call = Node($"[\"{Label(action)}\"]");
                        Connect(incoming, call);
                        var failed = Block(action.OnError, [(call, "error")]);
                        incoming = [(call, "ok"), .. failed];
                        break;
                    case LoopStep loop:
                        // The steps, then a diamond that goes back to them until the condition holds or the limit is reached.
                        var first = _count;
                        var body = Block(loop.Steps, incoming);
                        var again = Node($"{{\"{Escape(loop.Until is null ? $"{loop.Times} times done?" : $"{loop.Until.Text} or {loop.Times} times done?")}\"}}");
                        Connect(body, again);
                        Line($"    {again} -->|no| s{first.ToString(CultureInfo.InvariantCulture)}");
                        incoming = [(again, "yes")];
                        break;
                    case EndStep:
                        Connect(incoming, Node("([\"end\"])"));
                        incoming = [];
                        break;
                    default:
                        var box = Node($"[\"{Label(step)}\"]");
                        Connect(incoming, box);
                        incoming = [(box, null)];
                        break;
                }
            }

            return incoming;
        }

        private static bool IsPerVariant(FlowStep step) => step is VariantSayStep || step.Variants is { Count: > 0 } || FlowVariantTexts.HasAny(step);

        private List<(string Id, string? Label)> Variants(List<FlowStep> run, List<(string Id, string? Label)> incoming, FlowExperiment test)
        {
            var diamond = Node($"{{\"variant ({Escape(test.Name)})\"}}");
            Connect(incoming, diamond);
            var total = test.Variants.Sum(v => (double)v.Weight);
            var ends = new List<(string Id, string? Label)>();
            foreach (var variant in test.Variants)
            {
                var share = (variant.Weight / total).ToString("0.#%", CultureInfo.InvariantCulture);
                var label = $"{Escape(variant.Name)} · {share}";
                var only = run.Where(s => s.Variants!.Contains(variant.Name, StringComparer.Ordinal)).Select(s => s with { Variants = null }).ToList();
                ends.AddRange(Block(only, [(diamond, label)]));
            }

            return ends;
        }

        private string Label(FlowStep step) => step switch
        {
            SayStep say => "say: " + Shorten(say.Text.In(language)),
            AskStep { Kind: AskKind.Choice } ask =>
                $"ask choice → {ask.Variable}: {Shorten(ask.Prompt.In(language))}<br/>({Escape(string.Join(", ", ask.Options.Select(o => o.Title.In(language))))})",
            AskStep ask => $"ask {ask.Kind.ToString().ToLowerInvariant()} → {ask.Variable}: {Shorten(ask.Prompt.In(language))}",
            SetStep set => $"set {set.Variable} = {Shorten(set.Value.Text)}",
            ActionStep action => "action: " + Escape(action.Name),
            CardStep card => "card: " + Escape(card.Template),
            ImageStep image => "image: " + Shorten(image.Alt.In(language)),
            WaitStep { Parks: true } wait => $"wait {WaitLabel(wait.Duration)}, then go on in a message written first",
            WaitStep wait => $"wait {wait.Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s",
            ScheduleStep schedule => ScheduleLabel(schedule),
            UnscheduleStep unschedule => "unschedule " + Escape(unschedule.StepId),
            NotifyWhenStep notify => $"notify when {Escape(notify.BackInStock)} is back in stock" + (notify.Say is null ? string.Empty : ", say: " + Shorten(notify.Say.In(language))),
            OptInStep optIn => $"opt-in {Escape(optIn.Topic)}" + (optIn.Variable is null ? string.Empty : $" → {optIn.Variable}") + ": " + Shorten(optIn.Ask.In(language)),
            CallStep call => $"call flow {Escape(call.Flow)}" + (call.Returns.Count == 0 ? string.Empty : $" → {Escape(string.Join(", ", call.Returns))}"),
            _ => Escape(step.GetType().Name.Replace("Step", string.Empty, StringComparison.Ordinal).ToLowerInvariant()),
        };

        /// <summary>A long wait as written: in whole weeks, days, hours or minutes when it is one ("2d", "36h", "90min").</summary>
        private static string WaitLabel(TimeSpan duration) =>
            duration.TotalDays % 7 == 0 ? $"{duration.TotalDays / 7}w"
            : duration.TotalHours % 24 == 0 ? $"{duration.TotalDays}d"
            : duration.TotalMinutes % 60 == 0 ? $"{duration.TotalHours}h"
            : $"{duration.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture)}min";

        /// <summary>"schedule flow birthday-offer, on the anniversary of birthday": what is sent later and when.</summary>
        private string ScheduleLabel(ScheduleStep schedule)
        {
            var what = schedule.Flow is { } flow ? $"flow {flow}" : "say: " + Shorten(schedule.Say!.In(language));
            var when = schedule.When switch
            {
                // Months are written mo in the file (a bare m would read as minutes): the graph says it the same way.
                { After: { Unit: 'm' } months } => $"after {months.Amount}mo",
                { After: { } after } => $"after {after}",
                { At: { } at } => $"at {at.Text}",
                { Anniversary: { } date } => $"on the anniversary of {date.Text}",
                _ => string.Empty,
            };
            return $"schedule {Escape(what)}, {Escape(when)}";
        }
    }
}
