using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows.Actions;

namespace Majordome.Bot.Content.Flows;

/// <summary>What one flow file declares and refers to, checked against the other files once all are read.</summary>
internal sealed class FlowReferences
{
    /// <summary>The flow id and where it is written, or null when it could not be read.</summary>
    public (string Id, YamlValue At)? Id { get; set; }

    /// <summary>The steps' written ids and where, each unique in the flow.</summary>
    public Dictionary<string, YamlValue> StepIds { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The id a file that could not be read as YAML seems to have (its id: line, else its name): a goto to it from
    /// another flow is not reported, the broken file's own problem says what to fix.
    /// </summary>
    public string? UnreadableId { get; set; }

    /// <summary>The goto targets and where they are written.</summary>
    public List<(string Target, YamlValue At)> Gotos { get; } = [];

    /// <summary>The actions an action step may call (the registered ones, or the built-ins).</summary>
    public IReadOnlyList<FlowActionSignature> Actions { get; init; } = BuiltInFlowActions.Signatures;

    /// <summary>The variant names the flow's experiment declares (<c>variants:</c>), or null when it has none.</summary>
    public IReadOnlyList<string>? Variants { get; set; }

    /// <summary>The brand content folder, where an image step's /media/ picture is looked for; null to skip that check.</summary>
    public string? ContentRoot { get; init; }

    /// <summary>The skus of the brand's catalog, which a notify-when step's product must be one of; null to skip that check (no catalog beside the flows).</summary>
    public IReadOnlySet<string>? Skus { get; init; }

    /// <summary>The flows schedule steps invite to, and where they are written, checked against the flows' triggers.</summary>
    public List<(string Flow, YamlValue At)> Scheduled { get; } = [];

    /// <summary>The written ids of the flow's schedule steps, which its unschedule steps may name.</summary>
    public HashSet<string> ScheduleIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The schedule step ids unschedule steps name, and where they are written.</summary>
    public List<(string StepId, YamlValue At)> Unscheduled { get; } = [];

    /// <summary>The call steps, checked against the flows they call.</summary>
    public List<FlowCallReference> Calls { get; } = [];

    /// <summary>The flow's inputs (<c>inputs:</c>), which a call step's with: may give.</summary>
    public List<(string Name, YamlValue At)> Inputs { get; } = [];

    /// <summary>The variables certainly set when the flow's steps end, which a call step's returns: may take back.</summary>
    public IReadOnlyCollection<string> SetAtEnd { get; set; } = [];

    /// <summary>Where the flow appears (<c>menu:</c>) and where that is written, checked against the other flows' places.</summary>
    public (Majordome.Dialogs.Flows.FlowPlacement Placement, YamlValue At)? Placement { get; set; }

    /// <summary>The triggers (kind and normalized text) and where they are written.</summary>
    public List<(string Kind, string Text, YamlValue At)> Triggers { get; } = [];
}
