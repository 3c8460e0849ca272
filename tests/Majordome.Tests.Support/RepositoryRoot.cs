namespace Majordome.Tests.Harness;

/// <summary>Finds the repository's files from the test binaries, wherever the build put them.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding Bot.sln, found by walking up from the test assembly's folder.</summary>
    public static string Path { get; } = Find();

    /// <summary>The shipped brand content folder, brand/.</summary>
    public static string BrandDirectory => System.IO.Path.Combine(Path, "brand");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Bot.sln not found above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
