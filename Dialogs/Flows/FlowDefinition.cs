using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows;

/// <summary>A conversation a marketer wrote in a flow file (brand/flows/*.yaml), already validated.</summary>
/// <param name="Id">The flow's id: its dialog, its intent for the recognizer, and the target of a goto.</param>
/// <param name="Title">The flow's name as customers see it (a "did you mean…?" button).</param>
/// <param name="Triggers">What starts it.</param>
/// <param name="Steps">What it does, in order.</param>
/// <param name="Version">A hash of the file's text, so a change of definition can be told apart.</param>
public sealed record FlowDefinition(string Id, LocalizedText Title, FlowTriggers Triggers, IReadOnlyList<FlowStep> Steps, string Version = "")
{
    /// <summary>The A/B test the flow runs (<c>variants:</c>), or null.</summary>
    public Experiments.FlowExperiment? Experiment { get; init; }

    /// <summary>The variables a calling flow gives this one (<c>inputs:</c>, see <see cref="CallStep"/>); empty when started otherwise.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Where the flow appears besides its triggers (<c>menu:</c>): the main menu, Messenger's persistent menu, the ice breakers; null for nowhere.</summary>
    public FlowPlacement? Menu { get; init; }
}

/// <summary>What starts a flow.</summary>
/// <param name="Examples">Sentences per language taught to the recognizer, or null.</param>
/// <param name="Keywords">Words or phrases that start the flow when a message at the menu contains one.</param>
/// <param name="Payload">The value a button or postback sends to start the flow, or null.</param>
/// <param name="Ref">The Messenger ref (m.me/page?ref=…) that opens the flow, or null.</param>
public sealed record FlowTriggers(LocalizedPhrases? Examples, IReadOnlyList<string> Keywords, string? Payload, string? Ref)
{
    /// <summary>No trigger at all (a flow reached only by goto).</summary>
    public static FlowTriggers None { get; } = new(null, [], null, null);
}
