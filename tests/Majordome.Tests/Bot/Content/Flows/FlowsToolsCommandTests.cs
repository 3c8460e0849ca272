using Majordome.Bot.Hosting;
using Majordome.Tests.Bot.Content.Transcripts;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>flows test, list and graph, run as the command line runs them.</summary>
public sealed class FlowsToolsCommandTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IConfiguration Shipped => new ConfigurationBuilder()
        .AddConfiguration(ShippedBrandBot.Configuration)
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = RepositoryRoot.BrandDirectory })
        .Build();

    [Fact]
    public async Task Test_ShippedTranscriptsAndAFailingOne_ReportsEachAndExitsOne()
    {
        // A transcript outside the brand folder plays on the configured brand (the shipped one).
        var transcripts = Path.Combine(_folder.Directory, "transcripts");
        Directory.CreateDirectory(transcripts);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.BrandDirectory, "transcripts"), "*.transcript"))
        {
            File.Copy(file, Path.Combine(transcripts, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(transcripts, "wrong.transcript"), "language: en\nuser: I am looking for a gift idea\nbot: Hello there\n");
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "test", _folder.Directory], Shipped, output);

        var text = output.ToString();
        Assert.Equal(1, code);
        Assert.Contains("PASS gift-finder-en.transcript", text, StringComparison.Ordinal);
        Assert.Contains("""
            FAIL wrong.transcript, line 3
              expected: bot: Hello there
              got:      Hello, I'm the Maison Tasse assistant.
            """.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
        var total = Directory.GetFiles(transcripts).Length;
        Assert.EndsWith($"{total} transcript(s): {total - 1} passed, 1 failed.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_NoTranscript_SaysSoAndExitsOne()
    {
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "test", _folder.Directory], Shipped, output);

        Assert.Equal(1, code);
        Assert.StartsWith("No .transcript file in", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_UnreadableTranscript_FailsWithItsProblems()
    {
        var file = Path.Combine(_folder.Directory, "bad.transcript");
        File.WriteAllText(file, "user: hi\ncustomer: hello\n");
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "test", file], Shipped, output);

        Assert.Equal(1, code);
        Assert.Contains("FAIL bad.transcript: the file cannot be read\n  bad.transcript, line 2, column 1: this line is not understood", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShippedAndBrokenFlows_DescribesEach()
    {
        _folder.Write("gift.yaml", File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "gift-finder.yaml")));
        _folder.Write("broken.yaml", "id: broken\ntitle: { fr: Cassé }\nsteps:\n  - end: true\n");
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "list", _folder.Directory], Shipped, output);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("flows/broken.yaml: not served, 1 problem(s)", text, StringComparison.Ordinal);
        Assert.Contains("""
            gift-finder
              title:    fr "Idée cadeau de Noël" / en "Christmas gift finder"
              triggers: keywords cadeau, cadeaux, gift, present; payload GIFT_FINDER; ref gift; 3 fr + 3 en examples
              steps:    10
              file:     flows/gift.yaml (0 problem(s))
            """.ReplaceLineEndings(Environment.NewLine), text, StringComparison.Ordinal);
        Assert.Contains("1 flow(s), 1 problem(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_ShippedFlow_PrintsTheMermaidFlowchart()
    {
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "graph", "gift-finder", "--lang", "en"], Shipped, output);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.StartsWith("flowchart TD\n    s0([\"Christmas gift finder\"])\n", text, StringComparison.Ordinal);
        Assert.Contains("s3[\"ask choice → recipient: Who is the gift for?<br/>(My partner, My family, A colleague)\"]", text, StringComparison.Ordinal);
        Assert.Contains("s4{\"budget >= 60 and recipient in [#quot;partner#quot;, #quot;family#quot;]\"}", text, StringComparison.Ordinal);
        Assert.Contains("s4 -->|yes| s5", text, StringComparison.Ordinal);
        Assert.Contains("s4 -->|no| s7", text, StringComparison.Ordinal);
        Assert.Contains("s6 --> s9\n    s8 --> s9\n", text, StringComparison.Ordinal);
        Assert.EndsWith("s10([\"go to the menu\"])\n    s9 --> s10\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_Out_WritesTheFileInFrench()
    {
        var file = Path.Combine(_folder.Directory, "gift.mmd");
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "graph", "gift-finder", RepositoryRoot.BrandDirectory, "--out", file], new ConfigurationBuilder().Build(), output);

        Assert.Equal(0, code);
        Assert.Contains("s1[\"say: Trouvons ensemble le cadeau idéal !\"]", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.StartsWith("Wrote the diagram of gift-finder to", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_UnknownId_NamesTheFlowsAndExitsOne()
    {
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "graph", "gift-finderr"], Shipped, output);

        Assert.Equal(1, code);
        Assert.Contains("No flow \"gift-finderr\"", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("the flows are: gift-finder", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_EndAndGotoAnotherFlowAndIfWithoutElse_AreDrawn()
    {
        _folder.Write("a.yaml", """
            id: a
            title: { fr: A, en: A }
            steps:
              - ask: confirm
                var: ok
                prompt: { fr: "D'accord ?", en: OK? }
              - if: ok
                then:
                  - goto: b
              - end: true
            """);
        _folder.Write("b.yaml", "id: b\ntitle: { fr: B, en: B }\nsteps:\n  - end: true\n");
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "graph", "a", _folder.Directory], Shipped, output);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("s2{\"ok\"}", text, StringComparison.Ordinal);
        Assert.Contains("s3([\"go to flow b\"])\n    s2 -->|yes| s3\n", text, StringComparison.Ordinal);
        Assert.Contains("s4([\"end\"])\n    s2 -->|no| s4\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("back to the menu", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_ListsEverySubcommand()
    {
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "draw"], Shipped, output);

        Assert.Equal(2, code);
        foreach (var command in new[] { "flows validate", "flows test", "flows list", "flows graph" })
        {
            Assert.Contains(command, output.ToString(), StringComparison.Ordinal);
        }
    }
}
