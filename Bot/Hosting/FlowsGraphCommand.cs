using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>flows graph &lt;id&gt; [content folder] [--out file.mmd] [--lang fr|en]</c>: the flow's steps as a Mermaid
/// flowchart, printed or written to a file; an unknown id is named with the ids that exist, and exits 1.
/// </summary>
internal sealed class FlowsGraphCommand
{
    private string _id = string.Empty;
    private string _content = string.Empty;
    private string? _out;
    private string _language = Languages.French;

    /// <summary>Reads the arguments after "graph"; false when they are not understood.</summary>
    public static bool TryParse(string[] args, string configuredContent, out FlowsGraphCommand command)
    {
        command = new FlowsGraphCommand { _content = configuredContent };
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    command._out = args[++i];
                    break;
                case "--lang" when i + 1 < args.Length && Languages.All.Contains(args[i + 1]):
                    command._language = args[++i];
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return false;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        if (positional.Count is 0 or > 2)
        {
            return false;
        }

        command._id = positional[0];
        command._content = positional.Count == 2 ? positional[1] : configuredContent;
        return true;
    }

    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var result = FlowLoader.Load(_content);
        var flow = result.Flows.FirstOrDefault(f => string.Equals(f.Id, _id, StringComparison.OrdinalIgnoreCase));
        if (flow is null)
        {
            var known = result.Flows.Count == 0 ? "there is no valid flow there" : "the flows are: " + string.Join(", ", result.Flows.Select(f => f.Id));
            var broken = result.Problems.Count > 0 ? $" ({result.Problems.Count} problem(s) in the flow files: run `flows validate`)" : string.Empty;
            await output.WriteLineAsync($"No flow \"{_id}\" in {Path.Combine(Path.GetFullPath(_content), FlowLoader.FolderName)}: {known}{broken}.").ConfigureAwait(false);
            return 1;
        }

        var mermaid = FlowGraph.ToMermaid(flow, _language);
        if (_out is null)
        {
            await output.WriteAsync(mermaid).ConfigureAwait(false);
            return 0;
        }

        await File.WriteAllTextAsync(_out, mermaid, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Wrote the diagram of {flow.Id} to {Path.GetFullPath(_out)} (open it in VS Code or on mermaid.live).").ConfigureAwait(false);
        return 0;
    }
}
