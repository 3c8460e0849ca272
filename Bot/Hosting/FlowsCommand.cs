using Majordome.Bot.Content.Flows;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>flows validate [content folder]</c>: checks every flow file and prints each problem with its file, line and
/// column, without starting the bot; exits 1 when there is any, so it can guard a publication. Also
/// <c>flows test</c>, <c>flows list</c> and <c>flows graph</c> (see <see cref="Usage"/>).
/// </summary>
public static class FlowsCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "flows";

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>What the command prints when its arguments are not understood.</summary>
    public const string Usage = """
        usage: flows validate [content folder]                      check every flow file; exit 1 on any problem
               flows test [folder or file.transcript]               play brand/transcripts/*.transcript against the bot; exit 1 on any failure
               flows list [content folder]                          each flow: id, titles, triggers, steps, file, problems
               flows graph <flow id> [content folder] [--out file.mmd] [--lang fr|en]
                                                                    the flow's steps as a Mermaid flowchart (stdout, or the file)
        The content folder defaults to Brand:ContentDirectory ("brand").
        """;

    /// <summary>Runs the command; the content folder is the argument after the subcommand, or Brand:ContentDirectory.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var configured = configuration.GetSection(BrandContentOptions.SectionName).Get<BrandContentOptions>()?.ContentDirectory ?? "brand";
        switch (args)
        {
            case [Name, "test"] or [Name, "test", _]:
                return await FlowsTestCommand.RunAsync(args.Length == 3 ? args[2] : configured, configured, configuration, output, cancellationToken).ConfigureAwait(false);
            case [Name, "list"] or [Name, "list", _]:
                return await FlowsListCommand.RunAsync(args.Length == 3 ? args[2] : configured, output).ConfigureAwait(false);
            case [Name, "graph", _, ..] when FlowsGraphCommand.TryParse(args[2..], configured, out var graph):
                return await graph.RunAsync(output, cancellationToken).ConfigureAwait(false);
            case [Name, "validate"] or [Name, "validate", _]:
                break;
            default:
                await output.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
        }

        var directory = args.Length == 3 ? args[2] : configured;
        var result = FlowLoader.Load(directory);
        foreach (var problem in result.Problems.Concat(result.Warnings))
        {
            await output.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        var folder = Path.Combine(Path.GetFullPath(directory), FlowLoader.FolderName);
        await output.WriteLineAsync(result.Problems.Count == 0
            ? $"{result.Flows.Count} flow(s) in {folder}: no problem{(result.Warnings.Count == 0 ? string.Empty : $", {result.Warnings.Count} warning(s)")}."
            : $"{result.Problems.Count} problem(s) in {folder}; {result.Flows.Count} flow(s) without problems.").ConfigureAwait(false);
        return result.Problems.Count == 0 ? 0 : 1;
    }
}
