using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Checks the call steps across files: the called flow exists, takes the inputs given (its <c>inputs:</c>) and sets
/// the variables taken back, no flow calls itself through others, and no chain of calls is deeper than
/// <see cref="FlowDialog.MaxCallDepth"/>.
/// </summary>
internal static class FlowCallCheck
{
    public static void Check(IReadOnlyList<FlowReferences> files, IReadOnlySet<string> unreadable)
    {
        var byId = files.Where(f => f.Id is not null)
            .GroupBy(f => f.Id!.Value.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            foreach (var call in file.Calls)
            {
                if (!byId.TryGetValue(call.Flow, out var called))
                {
                    if (!unreadable.Contains(call.Flow))
                    {
                        var guess = KeySuggestion.Closest(call.Flow, byId.Keys);
                        var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
                        call.Target.Report($"call \"{call.Flow}\": there is no flow with this id. Call the id of a flow in the flows folder (a built-in conversation such as book is reached with goto).{hint}");
                    }

                    continue;
                }

                CheckInputs(call, called);
                CheckReturns(call, called);
            }
        }

        CheckChains(files, byId);
    }

    private static void CheckInputs(FlowCallReference call, FlowReferences called)
    {
        var inputs = called.Inputs.Select(i => i.Name).ToList();
        foreach (var (name, at) in call.Inputs.Where(i => !inputs.Contains(i.Name, StringComparer.Ordinal)))
        {
            var guess = KeySuggestion.Closest(name, inputs);
            var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
            var takes = inputs.Count == 0 ? "no input" : "the inputs " + string.Join(", ", inputs);
            at.Report($"{call.Flow} does not take \"{name}\": it takes {takes}. Add {name} to the inputs: of {call.Flow}, or remove it here.{hint}");
        }
    }

    private static void CheckReturns(FlowCallReference call, FlowReferences called)
    {
        foreach (var (name, at) in call.Returns.Where(r => !called.SetAtEnd.Contains(r.Name)))
        {
            var guess = KeySuggestion.Closest(name, called.SetAtEnd);
            var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
            at.Report($"{call.Flow} does not set \"{name}\" on every path to its end, so there is nothing certain to take back. Take back a variable it sets (ask or set), or set {name} in {call.Flow}.{hint}");
        }
    }

    /// <summary>A flow that calls itself, directly or through others, never ends; a chain past the depth is refused too.</summary>
    private static void CheckChains(IReadOnlyList<FlowReferences> files, Dictionary<string, FlowReferences> byId)
    {
        foreach (var file in files.Where(f => f.Id is not null))
        {
            var self = file.Id!.Value.Id;
            foreach (var call in file.Calls.Where(c => byId.ContainsKey(c.Flow)))
            {
                if (PathTo(call.Flow, self, byId, new HashSet<string>(StringComparer.OrdinalIgnoreCase)) is { } back)
                {
                    call.Target.Report($"this call never ends: {string.Join(" → ", back.Prepend(self))}. A flow cannot call itself, even through another flow: use goto to start it anew.");
                    continue;
                }

                var depth = 1 + Depth(call.Flow, byId, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                if (depth > FlowDialog.MaxCallDepth)
                {
                    call.Target.Report($"this chain of calls is {depth} flows deep: at most {FlowDialog.MaxCallDepth} flows may run inside one another. Merge some of them, or use goto.");
                }
            }
        }
    }

    /// <summary>The flows from <paramref name="from"/> to <paramref name="to"/> along calls, both included, or null when none leads there.</summary>
    private static List<string>? PathTo(string from, string to, Dictionary<string, FlowReferences> byId, HashSet<string> seen)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return [to];
        }

        if (!seen.Add(from) || !byId.TryGetValue(from, out var file))
        {
            return null;
        }

        foreach (var next in file.Calls.Select(c => c.Flow))
        {
            if (PathTo(next, to, byId, seen) is { } rest)
            {
                return [from, .. rest];
            }
        }

        return null;
    }

    /// <summary>How many flows the longest chain of calls from <paramref name="flow"/> runs, itself included (a cycle elsewhere is cut).</summary>
    private static int Depth(string flow, Dictionary<string, FlowReferences> byId, HashSet<string> onTheWay)
    {
        if (onTheWay.Contains(flow))
        {
            return 0;
        }

        if (!byId.TryGetValue(flow, out var file))
        {
            return 1;
        }

        onTheWay.Add(flow);

        var deepest = file.Calls.Select(c => Depth(c.Flow, byId, onTheWay)).DefaultIfEmpty(0).Max();
        onTheWay.Remove(flow);
        return 1 + deepest;
    }
}
