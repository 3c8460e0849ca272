using Majordome.Bot.Content;
using Majordome.Bot.Content.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>A brand content folder with a flows folder under the temp directory, deleted on dispose.</summary>
public sealed class TempFlowFolder : IDisposable
{
    public TempFlowFolder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "majordome-flow-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, FlowLoader.FolderName));
    }

    public string Directory { get; }

    public TempFlowFolder Write(string fileName, string yaml)
    {
        File.WriteAllText(Path.Combine(Directory, FlowLoader.FolderName, fileName), yaml);
        return this;
    }

    public FlowLoadResult Load() => FlowLoader.Load(Directory);

    /// <summary>The one problem reported; fails the test when there are none or several.</summary>
    public ContentProblem SingleProblem()
    {
        var problems = Load().Problems;
        Assert.True(problems.Count == 1, "expected one problem, got:" + string.Concat(problems.Select(p => Environment.NewLine + p)));
        return problems[0];
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
