using YamlDotNet.Core;

namespace Majordome.Bot.Content.Yaml;

/// <summary>One content file being read, and the problems found in it so far.</summary>
internal sealed class SourceFile(string name)
{
    private readonly List<ContentProblem> problems = [];
    private readonly List<ContentProblem> warnings = [];

    /// <summary>The file name shown in problems, such as "catalog.yaml".</summary>
    public string Name { get; } = name;

    /// <summary>The problems found, in document order.</summary>
    public IReadOnlyList<ContentProblem> Problems =>
        [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    /// <summary>Records a problem at <paramref name="mark"/>.</summary>
    public void Report(Mark mark, string field, string message) =>
        problems.Add(new ContentProblem(Name, (int)mark.Line, (int)mark.Column, field, message));

    /// <summary>What works but not as the marketer may expect (a button past a channel's limit), in document order.</summary>
    public IReadOnlyList<ContentProblem> Warnings =>
        [.. warnings.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    /// <summary>Records a warning at <paramref name="mark"/>: the file still serves.</summary>
    public void Warn(Mark mark, string field, string message) =>
        warnings.Add(new ContentProblem(Name, (int)mark.Line, (int)mark.Column, field, "warning: " + message));

    /// <summary>Records a problem about the whole file.</summary>
    public void ReportFile(string message) => problems.Add(new ContentProblem(Name, 0, 0, string.Empty, message));
}
