using System.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards;

/// <summary>
/// Runs every rendered sample card, in French and English, through the official Adaptive Cards renderer
/// (npm adaptivecards, via tests/card-validator/validate.js). Needs Node and `npm ci --prefix tests/card-validator`;
/// without them the test fails and says so, because a skipped check would pass CI unnoticed.
/// </summary>
public sealed class OfficialRendererTests : IDisposable
{
    private const string InstallHint = "Run `npm ci --prefix tests/card-validator` from the repository root (Node 20+).";
    private readonly string _folder = Directory.CreateTempSubdirectory("majordome-cards-").FullName;

    [Fact]
    public async Task Validate_EveryRenderedCard_HasNoErrorInTheOfficialRenderer()
    {
        var validator = Path.Combine(RepositoryRoot(), "tests", "card-validator");
        Assert.True(
            Directory.Exists(Path.Combine(validator, "node_modules", "adaptivecards")),
            $"The official renderer is not installed in {validator}/node_modules. {InstallHint}");

        var files = new List<string>();
        foreach (var language in SampleCards.Languages)
        {
            foreach (var (name, _, card) in SampleCards.RenderAll(language))
            {
                var file = Path.Combine(_folder, $"{name}.{language}.json");
                await File.WriteAllTextAsync(file, card.ToString(Formatting.Indented));
                files.Add(file);
            }
        }

        var (exitCode, output, errors) = await RunNodeAsync(validator, ["validate.js", .. files]);

        Assert.True(exitCode is 0 or 1, $"validate.js failed to run (exit {exitCode}): {errors}");
        var report = JObject.Parse(output);
        Assert.Equal(files.Count, ((JArray)report["cards"]!).Count);
        Assert.True((int)report["errorCount"]! == 0, $"The official renderer found errors:\n{output}");
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Validate_BrokenCard_IsReportedByTheOfficialRenderer()
    {
        var validator = Path.Combine(RepositoryRoot(), "tests", "card-validator");
        Assert.True(Directory.Exists(Path.Combine(validator, "node_modules", "adaptivecards")), InstallHint);
        var file = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(file, """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Carrousel" } ] }""");

        var (exitCode, output, _) = await RunNodeAsync(validator, ["validate.js", file]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Carrousel", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Output, string Errors)> RunNodeAsync(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Node is not on PATH ({e.Message}). Install Node 20+, then: {InstallHint}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await errors);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
