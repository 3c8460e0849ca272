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
              steps:    17
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
        Assert.Contains("s3[\"ask choice → taste: What kind of coffee do they like?<br/>(Intense, Mild, Decaf)\"]", text, StringComparison.Ordinal);
        Assert.Contains("s5{\"budget >= 60 and occasion in [#quot;christmas#quot;, #quot;birthday#quot;]\"}", text, StringComparison.Ordinal);
        Assert.Contains("s5 -->|yes| s6", text, StringComparison.Ordinal);
        Assert.Contains("s5 -->|no| s8", text, StringComparison.Ordinal);
        Assert.Contains("s7 --> s10\n    s9 --> s10\n", text, StringComparison.Ordinal);
        Assert.Contains("s11[\"card: product-carousel\"]\n    s10 --> s11\n", text, StringComparison.Ordinal);
        Assert.Contains("s12{\"occasion == #quot;christmas#quot;\"}", text, StringComparison.Ordinal);
        Assert.EndsWith("s17([\"go to the menu\"])\n    s13 --> s17\n    s15 --> s17\n    s16 --> s17\n", text, StringComparison.Ordinal);
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
        Assert.Contains("the flows are: birthday-club, birthday-offer, gift-finder", output.ToString(), StringComparison.Ordinal);
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
    public async Task Graph_ActionWithOnError_DrawsAnErrorBranchThatJoinsAfterIt()
    {
        _folder.Write("d.yaml", """
            id: d
            title: { fr: D, en: D }
            steps:
              - action: tag
                with: { tag: vip }
                on-error:
                  - say: { fr: Désolé, en: Sorry }
              - say: { fr: Fini, en: Done }
            """);
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "graph", "d", _folder.Directory, "--lang", "en"], Shipped, output);

        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Equal("""
            flowchart TD
                s0(["D"])
                s1["action: tag"]
                s0 --> s1
                s2["say: Sorry"]
                s1 -->|error| s2
                s3["say: Done"]
                s1 -->|ok| s3
                s2 --> s3
                s4(["end: back to the menu"])
                s3 --> s4

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public async Task Graph_ShippedLeadFlow_NamesItsActionsAndTheirErrorBranch()
    {
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "graph", "launch-lead", "--lang", "en"], Shipped, output);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("""
                s4["action: record-lead"]
                s3 --> s4
                s5["say: Sorry, I could not save your request. Please tr…"]
                s4 -->|error| s5
                s6{"consent and record_lead_ok"}
                s4 -->|ok| s6
                s5 --> s6
                s7["action: tag"]
                s6 -->|yes| s7

            """.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_ActionWithoutOnErrorAndATemplateCard_AreBoxesInLine()
    {
        _folder.Write("c.yaml", """
            id: c
            title: { fr: C, en: C }
            steps:
              - action: tag
                with: { tag: vip }
              - card: cart
                data: { title: { fr: Panier, en: Cart } }
              - end: true
            """);
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "graph", "c", _folder.Directory], Shipped, output);

        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Contains("s1[\"action: tag\"]\n    s0 --> s1\n    s2[\"card: cart\"]\n    s1 --> s2\n    s3([\"end\"])\n    s2 --> s3\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("|error|", text, StringComparison.Ordinal);
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
