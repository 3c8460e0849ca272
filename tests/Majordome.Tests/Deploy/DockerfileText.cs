using System.Text.RegularExpressions;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Deploy;

/// <summary>The repository's Dockerfile as instructions: continuation lines joined, comments dropped.</summary>
public static partial class DockerfileText
{
    /// <summary>The instructions, one a line.</summary>
    public static List<string> Lines()
    {
        var text = ContinuationPattern().Replace(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Dockerfile")), " ");
        return text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    /// <summary>The arguments of every <paramref name="name"/> instruction, in order.</summary>
    public static List<string> Instructions(string name) =>
        Lines().Where(l => l.StartsWith(name + " ", StringComparison.Ordinal)).Select(l => l[(name.Length + 1)..].Trim()).ToList();

    /// <summary>The repository paths the build stage copies from the build context.</summary>
    public static List<string> CopiedSources() =>
        Instructions("COPY")
            .Where(c => !c.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .Select(source => source.TrimEnd('/'))
            .ToList();

    /// <summary>The build stage's <c>dotnet publish</c> command line, without <c>dotnet</c>.</summary>
    public static string[] PublishArguments() =>
        Instructions("RUN").Single(r => r.StartsWith("dotnet publish ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

    [GeneratedRegex(@"\\\r?\n\s*")]
    private static partial Regex ContinuationPattern();
}
