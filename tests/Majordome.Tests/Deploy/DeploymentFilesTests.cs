using System.Globalization;
using System.Xml.Linq;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Deploy;

/// <summary>
/// The documented Dockerfile and systemd unit stay true to the project (no Docker engine or systemd runs here to
/// try them): the dll they start is the one the bot's project builds, the images are those of its target
/// framework, the image build copies every folder the bot's build reads, the container runs as the image's non-root
/// user on the port the runtime image sets, and systemd waits longer for a stop than the bot takes to drain.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Root = RepositoryRoot.Path;
    private static readonly string BotProject = Path.Combine(Root, "Bot", "Majordome.Bot.csproj");

    [Fact]
    public void Dockerfile_EntryPoint_StartsTheDllTheBotProjectBuilds()
    {
        var entry = Assert.Single(DockerfileText.Instructions("ENTRYPOINT"));

        Assert.Equal($"[\"dotnet\", \"{AssemblyName()}.dll\"]", entry);
    }

    [Fact]
    public void Dockerfile_Images_AreTheOfficialSdkAndAspNetImagesOfTheTargetFramework()
    {
        var version = TargetFrameworkVersion();
        var froms = DockerfileText.Instructions("FROM");

        Assert.Equal([$"mcr.microsoft.com/dotnet/sdk:{version} AS build", $"mcr.microsoft.com/dotnet/aspnet:{version} AS final"], froms);
    }

    [Fact]
    public void Dockerfile_RunsAsTheImagesNonRootUserOnPort8080WithAHealthCheckOnHealthz()
    {
        var lines = DockerfileText.Lines();
        var final = lines.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal));
        var user = lines.FindIndex(final, l => l.StartsWith("USER ", StringComparison.Ordinal));

        Assert.True(user > final, "no USER in the final stage");
        Assert.Equal("USER $APP_UID", lines[user]);
        Assert.True(user < lines.FindIndex(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal)));
        Assert.Equal("8080", Assert.Single(DockerfileText.Instructions("EXPOSE")));
        Assert.Contains("http://localhost:${ASPNETCORE_HTTP_PORTS:-8080}/healthz", Assert.Single(DockerfileText.Instructions("HEALTHCHECK")), StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_BuildStage_CopiesEveryFolderTheBotBuildReads()
    {
        var copied = DockerfileText.CopiedSources();

        foreach (var source in copied)
        {
            Assert.True(File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)), $"COPY {source}: not in the repository");
        }

        foreach (var needed in BuildInputs())
        {
            Assert.Contains(needed, copied);
        }

        var ignored = File.ReadAllLines(Path.Combine(Root, ".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.DoesNotContain(ignored, pattern => BuildInputs().Any(input => pattern.TrimEnd('/') == input));
    }

    [Fact]
    public void SystemdUnit_StartsTheBotAsANotifyServiceAndWaitsLongerThanItsDrain()
    {
        var unit = File.ReadAllLines(Path.Combine(Root, "deploy", "majordome.service"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .GroupBy(p => p[0], p => p[1])
            .ToDictionary(g => g.Key, g => g.ToList());

        Assert.EndsWith($"/{AssemblyName()}.dll", Assert.Single(unit["ExecStart"]), StringComparison.Ordinal);

        // Type=notify only works when the bot speaks systemd's protocol.
        Assert.Equal("notify", Assert.Single(unit["Type"]));
        Assert.Contains("Microsoft.Extensions.Hosting.Systemd", File.ReadAllText(BotProject), StringComparison.Ordinal);
        Assert.Contains("UseSystemd()", File.ReadAllText(Path.Combine(Root, "Bot", "Program.cs")), StringComparison.Ordinal);

        Assert.Equal("SIGTERM", Assert.Single(unit["KillSignal"]));
        var drain = int.Parse(Assert.Single(unit["Environment"], e => e.StartsWith("shutdownTimeoutSeconds=", StringComparison.Ordinal)).Split('=')[1], CultureInfo.InvariantCulture);
        var stop = int.Parse(Assert.Single(unit["TimeoutStopSec"]), CultureInfo.InvariantCulture);
        Assert.True(stop > drain, $"TimeoutStopSec={stop} must exceed shutdownTimeoutSeconds={drain}: systemd would kill turns the bot is draining.");

        Assert.Equal("on-failure", Assert.Single(unit["Restart"]));
        Assert.Equal("/etc/majordome/majordome.env", Assert.Single(unit["EnvironmentFile"]));
        Assert.True(File.Exists(Path.Combine(Root, "deploy", "majordome.env.example")));
    }

    private static string AssemblyName() =>
        XDocument.Load(BotProject).Descendants("AssemblyName").Single().Value;

    private static string TargetFrameworkVersion() =>
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("TargetFramework").Single().Value["net".Length..];

    // The bot's project, the projects it references (transitively), the props they import and the files beside them
    // that the build reads, as repository-relative paths.
    private static List<string> BuildInputs()
    {
        var inputs = new List<string> { "Directory.Build.props", "Directory.Packages.props", "appsettings.json", "brand" };
        var pending = new Stack<string>([BotProject]);
        while (pending.Count > 0)
        {
            var project = pending.Pop();
            var folder = Path.GetDirectoryName(project)!;
            inputs.Add(Path.GetRelativePath(Root, folder));
            var document = XDocument.Load(project);
            foreach (var import in document.Descendants("Import").Select(i => i.Attribute("Project")!.Value))
            {
                inputs.Add(Path.GetRelativePath(Root, Path.GetDirectoryName(Path.GetFullPath(Path.Combine(folder, import)))!));
            }

            foreach (var reference in document.Descendants("ProjectReference").Select(r => r.Attribute("Include")!.Value))
            {
                pending.Push(Path.GetFullPath(Path.Combine(folder, reference)));
            }
        }

        return inputs.Distinct().ToList();
    }
}
