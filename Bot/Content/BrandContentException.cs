namespace Majordome.Bot.Content;

/// <summary>
/// The brand content cannot be used. Carries every problem found, not only the first, so that a marketer fixes
/// them all in one go instead of restarting the bot once per typo.
/// </summary>
public sealed class BrandContentException : Exception
{
    /// <summary>Creates the exception for the problems found in <paramref name="directory"/>.</summary>
    public BrandContentException(string directory, IReadOnlyList<ContentProblem> problems)
        : base(Describe(directory, problems))
    {
        Directory = directory;
        Problems = problems;
    }

    /// <summary>The brand content folder that was loaded.</summary>
    public string Directory { get; }

    /// <summary>Every problem, file by file, in the order they appear in each file.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    private static string Describe(string directory, IReadOnlyList<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var count = problems.Count == 1 ? "1 problem; fix it" : $"{problems.Count} problems; fix them";
        return $"The brand content in \"{directory}\" has {count} and restart the bot:"
            + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p));
    }
}
