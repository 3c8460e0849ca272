using System.Diagnostics;
using System.Globalization;
using System.Net;
using Majordome.Tests.Deploy;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>
/// <c>dotnet publish -c Release</c> of the bot gives a folder that runs as it is: <c>dotnet Majordome.Bot.dll</c>
/// finds its appsettings.json and its brand/ content next to it, even started from another folder (a service
/// manager's or a container's working directory), and answers /healthz and a customer. It publishes from a copy
/// of the Dockerfile's build context with the Dockerfile's own command, a full Release build that takes one to two
/// minutes on a busy machine: the "Publish" category lets a developer leave it out (<c>--filter Category!=Publish</c>);
/// CI runs it with the rest.
/// </summary>
[Trait("Category", "Publish")]
public sealed class PublishedFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-publish", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ReleasePublish_StartedFromAnotherFolder_FindsItsSettingsAndBrandAndAnswers()
    {
        // Built as the Dockerfile's build stage builds it: from a copy of only what it copies (less what
        // .dockerignore leaves out), with its own dotnet publish command line; so the image build is checked too.
        var source = CopyDockerBuildContext(Path.Combine(_folder, "src"));
        var app = Path.Combine(_folder, "app");
        var publish = DockerfileText.PublishArguments();
        Assert.Equal(["publish", "Bot/Majordome.Bot.csproj", "-c", "Release", "-o", "/app"], publish);
        await RunAsync("dotnet", [.. publish[..^1], app, "-v", "q", "--nologo"], source);
        var published = Directory.Exists(app) ? string.Join(", ", Directory.GetFileSystemEntries(app).Select(Path.GetFileName)) : "no folder";
        Assert.True(File.Exists(Path.Combine(app, "Majordome.Bot.dll")), published);
        Assert.True(File.Exists(Path.Combine(app, "appsettings.json")), published);
        Assert.True(File.Exists(Path.Combine(app, "brand", "brand.yaml")), "brand/ is not in the published folder");

        // Started from an empty folder, with nothing set but where to listen and where to keep data.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = elsewhere, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(app, "Majordome.Bot.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["Storage__DataDirectory"] = Path.Combine(_folder, "data");
        start.Environment["Understanding__TrainAtStartup"] = "false";
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"), Timeout = TimeSpan.FromSeconds(10) };
            Assert.True(await HealthyAsync(client, process), $"The published bot did not answer /healthz:\n{output}");

            // The greeting names the brand from the published appsettings.json (Brand:Name).
            var conversation = $"published-{Guid.NewGuid():N}";
            var greeting = await ExpectRepliesClient.SendForTextsAsync(client, conversation, "bonjour");
            Assert.Contains(greeting, r => r.Contains("Maison Tasse", StringComparison.Ordinal));

            // A boutique from the published brand/boutiques.yaml.
            var boutiques = await ExpectRepliesClient.SendAsync(client, conversation, "Réserver une table");
            Assert.Contains("Lyon", string.Join("\n", boutiques), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string CopyDockerBuildContext(string destination)
    {
        foreach (var path in DockerfileText.CopiedSources())
        {
            var from = Path.Combine(RepositoryRoot.Path, path);
            if (File.Exists(from))
            {
                Directory.CreateDirectory(destination);
                File.Copy(from, Path.Combine(destination, path));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepositoryRoot.Path, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
                {
                    continue;
                }

                var to = Path.Combine(destination, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        return destination;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left in the temp folder.
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient client, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(new Uri("healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static async Task RunAsync(string file, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
    }
}
