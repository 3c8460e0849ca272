namespace Majordome.Bot.Content.Transcripts;

/// <summary>Finds transcript files and plays them all on one <see cref="TranscriptBot"/>.</summary>
public static class TranscriptSuite
{
    /// <summary>The folder inside the brand content folder.</summary>
    public const string FolderName = "transcripts";

    /// <summary>The files' extension.</summary>
    public const string Extension = ".transcript";

    /// <summary>
    /// The transcript files <paramref name="target"/> names: a .transcript file, a folder of them (its subfolders
    /// included: a corpus is kept in folders by topic), or a brand content folder (its transcripts folder), sorted by
    /// path; none when there is no such file or folder.
    /// </summary>
    public static IReadOnlyList<string> Find(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (File.Exists(target))
        {
            return [Path.GetFullPath(target)];
        }

        var folder = Directory.Exists(Path.Combine(target, FolderName)) ? Path.Combine(target, FolderName) : target;
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*" + Extension, SearchOption.AllDirectories).Select(Path.GetFullPath).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Reads and plays every file in <paramref name="files"/>; a file that cannot be read fails with its problems.</summary>
    public static async Task<IReadOnlyList<TranscriptRun>> RunAsync(TranscriptBot bot, IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(files);
        var runs = new List<TranscriptRun>();
        foreach (var file in files)
        {
            var parsed = TranscriptParser.ReadFile(file);
            runs.Add(parsed.Transcript is { } transcript
                ? new TranscriptRun(Path.GetFileName(file), [], await bot.RunAsync(transcript, cancellationToken).ConfigureAwait(false))
                : new TranscriptRun(Path.GetFileName(file), parsed.Problems, null));
        }

        return runs;
    }
}

/// <summary>One transcript file's outcome: the problems that stopped it from being read, or its result.</summary>
/// <param name="File">The file name.</param>
/// <param name="Problems">Why the file could not be read (empty when it was played).</param>
/// <param name="Result">The result of playing it, or null when it could not be read.</param>
public sealed record TranscriptRun(string File, IReadOnlyList<ContentProblem> Problems, TranscriptResult? Result)
{
    /// <summary>Whether it was read and every line matched.</summary>
    public bool Passed => Problems.Count == 0 && Result is { Passed: true };
}
