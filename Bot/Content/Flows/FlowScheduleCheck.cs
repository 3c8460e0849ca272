using Majordome.Bot.Content.Yaml;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Checks the schedule steps across files: the flow a scheduled message invites to exists and has a <c>payload:</c>
/// trigger, which is what the message's button sends to start it (on every channel, in or out of a conversation); an
/// unschedule step names the written id of a schedule step of its own flow.
/// </summary>
internal static class FlowScheduleCheck
{
    public static void Check(IReadOnlyList<FlowReferences> files, IReadOnlySet<string> unreadable)
    {
        var byId = files.Where(f => f.Id is not null)
            .GroupBy(f => f.Id!.Value.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            CheckUnscheduled(file);
        }

        foreach (var (flow, at) in files.SelectMany(f => f.Scheduled))
        {
            if (!byId.TryGetValue(flow, out var invited))
            {
                if (!unreadable.Contains(flow))
                {
                    var guess = KeySuggestion.Closest(flow, byId.Keys);
                    var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
                    at.Report($"schedule flow \"{flow}\": there is no flow with this id. Write the id of a flow in the flows folder.{hint}");
                }

                continue;
            }

            if (!invited.Triggers.Any(t => t.Kind == "payload"))
            {
                at.Report($"the scheduled message's button starts {flow} with its payload, and {flow} has none: add a payload under its triggers: (such as payload: {flow.ToUpperInvariant().Replace('-', '_')}).");
            }
        }
    }

    private static void CheckUnscheduled(FlowReferences file)
    {
        foreach (var (id, at) in file.Unscheduled.Where(u => !file.ScheduleIds.Contains(u.StepId)))
        {
            var guess = KeySuggestion.Closest(id, file.ScheduleIds);
            var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
            var known = file.ScheduleIds.Count == 0 ? "this flow has no schedule step with an id" : "its schedule steps' ids are " + string.Join(", ", file.ScheduleIds.Order(StringComparer.Ordinal));
            at.Report($"unschedule \"{id}\": there is no schedule step with this id in this flow ({known}). Give the schedule step an id: (such as id: {id}) and name it here.{hint}");
        }
    }
}
