using System.Text.RegularExpressions;
using Majordome.Bot.Hosting;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>
/// The README's "Write your first flow", played as written: the files come from the README's own code blocks, the
/// commands run as the command line runs them, and the bot is a real process that was running before the flow
/// existed. If the README and the product drift apart, this fails.
/// </summary>
public sealed partial class WriteYourFirstFlowTests : IAsyncLifetime
{
    private const string Section = "#### Write your first flow";
    private const string FirstQuestion = "Combien serez-vous à l'atelier dégustation ?";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "majordome-first-flow", Guid.NewGuid().ToString("N"));
    private string _brand = string.Empty;
    private BotProcess? _bot;

    public async Task InitializeAsync()
    {
        // A copy of the shipped brand folder, so the test writes its files where a marketer would.
        _brand = Path.Combine(_root, "brand");
        CopyDirectory(RepositoryRoot.BrandDirectory, _brand);
        _bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Brand:ContentDirectory"] = _brand,
            ["Storage:DataDirectory"] = Path.Combine(_root, "data"),
        });
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task The_readme_steps_write_validate_test_and_serve_a_new_flow_without_a_restart()
    {
        var files = ReadmeFiles();
        Assert.Equal(["flows/tasting-workshop.yaml", "transcripts/tasting-workshop-fr.transcript"], files.Keys.Order(StringComparer.Ordinal));
        using var http = new HttpClient { BaseAddress = _bot!.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Assert.DoesNotContain(FirstQuestion, await FirstRepliesAsync(http, "atelier"), StringComparison.Ordinal);

        // 1. Write the flow (and, for step 3, its conversation) into the running bot's brand folder.
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(_brand, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, text);
        }

        // 2. Check it.
        var validate = new StringWriter();
        Assert.Equal(0, await FlowsCommand.RunAsync(["flows", "validate", _brand], Configuration(), validate));
        Assert.Matches(@"^8 flow\(s\) in .*: no problem\.", validate.ToString());

        // 3. Test it: every transcript of the folder, the new one included.
        var test = new StringWriter();
        var code = await FlowsCommand.RunAsync(["flows", "test", _brand], Configuration(), test);
        Assert.True(code == 0, test.ToString());
        Assert.Contains("PASS tasting-workshop-fr.transcript", test.ToString(), StringComparison.Ordinal);

        // 4. It is live: the bot that was already running answers "atelier" with the new flow.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        string replies;
        do
        {
            replies = await FirstRepliesAsync(http, "atelier");
            if (replies.Contains(FirstQuestion, StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Contains(FirstQuestion, replies, StringComparison.Ordinal);
    }

    /// <summary>The files the section shows: each code block whose first line is "# brand/…" names its own path.</summary>
    private static Dictionary<string, string> ReadmeFiles()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no \"{Section}\" section.");
        var end = readme.IndexOf("\n#", start + Section.Length, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in CodeBlock().Matches(section))
        {
            var indent = block.Groups["indent"].Value;
            var lines = block.Groups["body"].Value.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l).ToList();
            if (lines.Count > 0 && lines[0].StartsWith("# brand/", StringComparison.Ordinal))
            {
                files[lines[0]["# brand/".Length..].Trim()] = string.Join('\n', lines) + "\n";
            }
        }

        return files;
    }

    private IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json"))
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = _brand })
        .Build();

    /// <summary>The texts the bot answers to <paramref name="text"/> as the first message of a new conversation.</summary>
    private static async Task<string> FirstRepliesAsync(HttpClient http, string text) =>
        string.Join("\n", await ExpectRepliesClient.SendForTextsAsync(http, Guid.NewGuid().ToString("N"), text, locale: "fr-FR"));

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    [GeneratedRegex(@"^(?<indent>[ ]*)```[a-z]*\n(?<body>.*?)\n[ ]*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
