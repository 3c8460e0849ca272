using Majordome.Bot.Content.Yaml;

namespace Majordome.Bot.Content.Flows;

/// <summary>A call step as the other files check it: the called flow, the inputs it gives and the variables it takes back.</summary>
/// <param name="Target">The called flow's id, where it is written.</param>
/// <param name="Inputs">The names under with:, each where it is written.</param>
/// <param name="Returns">The names under returns:, each where it is written.</param>
internal sealed record FlowCallReference(YamlValue Target, IReadOnlyList<(string Name, YamlValue At)> Inputs, IReadOnlyList<(string Name, YamlValue At)> Returns)
{
    /// <summary>The called flow's id.</summary>
    public string Flow => Target.AsText() ?? string.Empty;
}
