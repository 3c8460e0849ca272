using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>
/// An idle bot asked to stop (SIGTERM, a deploy) exits in about a second, even right after starting while the date
/// recognizers still warm up and the intent recognizer still trains (issue 15): that work cannot be interrupted, so
/// the stop must not wait for it (it used to hold an idle bot for about 29 s, the host's shutdown timeout).
/// </summary>
public sealed class IdleStopTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-idle-stop", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Sigterm_RightAfterStartWhileRecognizersTrain_ExitsWithinSeconds()
    {
        // Many examples: the training takes far longer than the bound on any machine, as a big brand's would.
        Directory.CreateDirectory(_folder);
        var examples = Path.Combine(_folder, "intents.yaml");
        await File.WriteAllTextAsync(examples, ManyExamples(intents: 6, perIntent: 5000));
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = Path.Combine(_folder, "data"),
            ["Understanding:ExamplesFile"] = examples,
        });
        using (var client = new HttpClient { BaseAddress = bot.BaseAddress })
        {
            // The start-up work is still going on: what the stop must not wait for.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("readyz", UriKind.Relative))).StatusCode);
        }

        var watch = Stopwatch.StartNew();
        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", bot.Process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await signal.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await bot.Process.WaitForExitAsync(patience.Token);
        Assert.True(watch.Elapsed < Bound, $"The idle bot took {watch.Elapsed.TotalSeconds:0.0} s to exit after SIGTERM.\n{bot.Output}");
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

    // Distinct sentences made of a few words per intent, in the brand's intents.yaml shape.
    private static string ManyExamples(int intents, int perIntent)
    {
        var words = new[] { "café", "capsule", "machine", "table", "livraison", "boutique", "samedi", "commande", "prix", "retour", "garantie", "abonnement" };
        var random = new Random(15);
        var yaml = new StringBuilder("intents:\n");
        for (var i = 0; i < intents; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: intent{i}\n    examples:\n      fr:\n");
            for (var e = 0; e < perIntent; e++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"        - {words[i]} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]} numéro {e}\n");
            }
        }

        return yaml.ToString();
    }
}
