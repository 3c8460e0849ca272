using System.Text.RegularExpressions;
using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>flows list [content folder]</c>: one block per flow file: the flow's id, titles, triggers, number of steps
/// (branches included), file and number of problems; a file with problems is listed too, as not served.
/// </summary>
internal static partial class FlowsListCommand
{
    public static async Task<int> RunAsync(string contentDirectory, TextWriter output)
    {
        var result = FlowLoader.Load(contentDirectory);
        var folder = Path.Combine(Path.GetFullPath(contentDirectory), FlowLoader.FolderName);
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Concat(Directory.GetFiles(folder, "*.yml")).Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var path in files)
        {
            var file = FlowLoader.FolderName + "/" + Path.GetFileName(path);
            var problems = result.Problems.Count(p => p.File == file);
            var flow = IdOf(path) is { } id ? result.Flows.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase)) : null;
            await output.WriteLineAsync(flow is null
                ? $"{file}: not served, {problems} problem(s) (run `flows validate`)"
                : Describe(flow, file, problems)).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"{result.Flows.Count} flow(s), {result.Problems.Count} problem(s) in {folder}.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>The number of steps of <paramref name="steps"/>, those inside if branches included.</summary>
    public static int CountSteps(IEnumerable<FlowStep> steps) =>
        steps.Sum(s => 1 + (s is IfStep branch ? CountSteps(branch.Then) + CountSteps(branch.Else) : 0));

    private static string Describe(FlowDefinition flow, string file, int problems)
    {
        var triggers = new List<string>();
        if (flow.Triggers.Keywords.Count > 0)
        {
            triggers.Add("keywords " + string.Join(", ", flow.Triggers.Keywords));
        }

        if (flow.Triggers.Payload is { } payload)
        {
            triggers.Add("payload " + payload);
        }

        if (flow.Triggers.Ref is { } reference)
        {
            triggers.Add("ref " + reference);
        }

        if (flow.Triggers.Examples is { } examples)
        {
            triggers.Add($"{examples.Fr.Count} fr + {examples.En.Count} en examples");
        }

        return $"""
            {flow.Id}
              title:    fr "{flow.Title.Fr}" / en "{flow.Title.En}"
              triggers: {(triggers.Count == 0 ? "none (reached by goto only)" : string.Join("; ", triggers))}
              steps:    {CountSteps(flow.Steps)}
              file:     {file} ({problems} problem(s))
            """;
    }

    // The flow's id as written at the top of its file, to tell which loaded flow came from which file.
    private static string? IdOf(string path)
    {
        var match = TopLevelId().Match(File.ReadAllText(path));
        return match.Success ? match.Groups[1].Value.Trim('"', '\'') : null;
    }

    [GeneratedRegex(@"^id:[ \t]*([^\s#]+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelId();
}
