using Majordome.Bot.Content.Flows;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>flows validate [content folder]</c>: checks every flow file and prints each problem with its file, line and
/// column, without starting the bot; exits 1 when there is any, so it can guard a publication.
/// </summary>
public static class FlowsCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "flows";

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command; the content folder is the argument after "validate", or Brand:ContentDirectory.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [Name, "validate", ..] || args.Length > 3)
        {
            await output.WriteLineAsync("usage: flows validate [content folder]  (default: Brand:ContentDirectory, \"brand\")").ConfigureAwait(false);
            return 2;
        }

        var directory = args.Length == 3
            ? args[2]
            : configuration.GetSection(BrandContentOptions.SectionName).Get<BrandContentOptions>()?.ContentDirectory ?? "brand";
        var result = FlowLoader.Load(directory);
        foreach (var problem in result.Problems)
        {
            await output.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        var folder = Path.Combine(Path.GetFullPath(directory), FlowLoader.FolderName);
        await output.WriteLineAsync(result.Problems.Count == 0
            ? $"{result.Flows.Count} flow(s) in {folder}: no problem."
            : $"{result.Problems.Count} problem(s) in {folder}; {result.Flows.Count} flow(s) without problems.").ConfigureAwait(false);
        return result.Problems.Count == 0 ? 0 : 1;
    }
}
