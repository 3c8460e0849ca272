using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Flows;

/// <summary>What a calling flow gives the flow it calls (the options of its dialog): the inputs' values, as JSON values.</summary>
internal sealed class FlowCallInputs
{
    /// <summary>The inputs by name.</summary>
    public Dictionary<string, JToken?> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many flows are running below this one: a guard against a call chain that never ends.</summary>
    public int Depth { get; set; }
}
