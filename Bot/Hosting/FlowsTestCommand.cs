using Majordome.Bot.Content;
using Majordome.Bot.Content.Flows;
using Majordome.Bot.Content.Transcripts;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>flows test [folder or file]</c>: plays the marketer's transcripts against the real bot in memory and prints
/// PASS/FAIL per transcript with the first difference; exits 1 when any fails or none is found.
/// </summary>
internal static class FlowsTestCommand
{
    public static async Task<int> RunAsync(string target, string configuredContent, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var files = TranscriptSuite.Find(target);
        if (files.Count == 0)
        {
            await output.WriteLineAsync($"No {TranscriptSuite.Extension} file in {Path.GetFullPath(target)} (nor in its {TranscriptSuite.FolderName} folder).").ConfigureAwait(false);
            return 1;
        }

        var content = ContentFolderOf(target) ?? configuredContent;
        var flows = FlowLoader.Load(content);
        if (flows.Problems.Count > 0)
        {
            // Broken flows are left out of the bot, as at start-up: say so before their transcripts fail.
            await output.WriteLineAsync($"Note: {flows.Problems.Count} flow file problem(s), those flows are left out; run `flows validate` for the list.").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Training the bot on {Path.GetFullPath(content)} and playing {files.Count} transcript(s)…").ConfigureAwait(false);
        try
        {
            await using var bot = await TranscriptBot.StartAsync(content, configuration, cancellationToken).ConfigureAwait(false);
            var runs = await TranscriptSuite.RunAsync(bot, files, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(TranscriptReport.Of(runs)).ConfigureAwait(false);
            return runs.All(r => r.Passed) ? 0 : 1;
        }
        catch (Exception e) when (e is BrandContentException or Microsoft.Extensions.Options.OptionsValidationException or IOException or FormatException)
        {
            await output.WriteLineAsync($"The bot cannot start on {Path.GetFullPath(content)}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    // The brand content folder a transcript file or folder belongs to: the nearest folder above with brand.yaml.
    private static string? ContentFolderOf(string target)
    {
        var start = File.Exists(target) ? Path.GetDirectoryName(Path.GetFullPath(target)) : Path.GetFullPath(target);
        for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "brand.yaml")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
