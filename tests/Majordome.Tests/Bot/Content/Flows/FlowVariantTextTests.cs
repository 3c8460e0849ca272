using Json.Schema;
using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Experiments;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>
/// A step's text may differ per variant (<c>say: { a: { fr, en }, b: { fr, en } }</c>): read and validated with
/// file, line and field, described by flow.schema.json, said to each variant's customers, and drawn by
/// <c>flows graph</c> as a branch per variant with its share.
/// </summary>
public sealed class FlowVariantTextTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Welcome(string say, string experiment = "variants: { a: 25, b: 75 }\nconversion: { event: end }") => $$"""
        id: welcome
        title: { fr: Accueil, en: Welcome }
        triggers:
          payload: WELCOME
        experiment: intro
        {{experiment}}
        steps:
          - say:
        {{say}}
          - ask: text
            var: name
            prompt: { fr: Votre nom ?, en: Your name? }
        """;

    private const string PerVariant = """
              a: { fr: Bonjour !, en: Hello! }
              b: { fr: Trois questions et c'est fini !, en: Three questions and done! }
        """;

    [Fact]
    public void Load_TextPerVariant_ReadsOneTextPerVariant()
    {
        var result = _folder.Write("welcome.yaml", Welcome(PerVariant)).Load();

        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        var say = Assert.IsType<VariantSayStep>(Assert.Single(result.Flows).Steps[0]);
        Assert.Equal([("a", "Bonjour !"), ("b", "Trois questions et c'est fini !")], say.Texts.Select(t => (t.Variant, t.Text.In("fr"))));
    }

    [Fact]
    public void Load_UnknownVariant_IsReportedWithFileLineFieldAndDidYouMean()
    {
        _folder.Write("welcome.yaml", Welcome("""
                  a: { fr: Bonjour !, en: Hello! }
                  bb: { fr: Salut !, en: Hi! }
            """));

        var problem = _folder.SingleProblem();

        Assert.Equal(("flows/welcome.yaml", 11, "steps[0].say.bb"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("unknown variant \"bb\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"b\"?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AVariantWithoutItsText_IsReported()
    {
        _folder.Write("welcome.yaml", Welcome("      a: { fr: Bonjour !, en: Hello! }\n      c: { fr: Salut !, en: Hi! }", "variants: { a: 1, b: 1, c: 1 }\nconversion: { event: end }"));

        var problem = _folder.SingleProblem();

        Assert.Equal((10, "steps[0].say"), (problem.Line, problem.Field));
        Assert.Contains("no text for the variant(s) b", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextPerVariantWithoutVariants_SaysToDeclareThem()
    {
        _folder.Write("welcome.yaml", Welcome(PerVariant, experiment: string.Empty).Replace("experiment: intro\n", string.Empty, StringComparison.Ordinal));

        var problem = _folder.SingleProblem();

        Assert.Equal("steps[0].say", problem.Field);
        Assert.Contains("declares no variants", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AVariantTextMissingALanguage_IsReported()
    {
        _folder.Write("welcome.yaml", Welcome("      a: { fr: Bonjour ! }\n      b: { fr: Salut !, en: Hi! }"));

        var problem = _folder.SingleProblem();

        Assert.Equal("steps[0].say.a.en", problem.Field);
    }

    [Theory]
    [InlineData(PerVariant, true)]
    [InlineData("      fr: Bonjour !\n      en: Hello!", true)]
    [InlineData("      a: { fr: Bonjour ! }\n      b: { fr: Salut !, en: Hi! }", false)]
    [InlineData("      fr: { fr: Bonjour !, en: Hello! }\n      b: { fr: Salut !, en: Hi! }", false)]
    public void Schema_DescribesTextsPerVariant(string say, bool valid)
    {
        Assert.Equal(valid, Schema.Value.Evaluate(YamlJson.Convert(Welcome(say))).IsValid);
    }

    [Theory]
    [InlineData("a", "Bonjour !")]
    [InlineData("b", "Trois questions et c'est fini !")]
    public async Task Conversation_EachVariantsCustomerSeesTheirText(string variant, string expected)
    {
        var result = _folder.Write("welcome.yaml", Welcome(PerVariant)).Load();
        var flow = Assert.Single(result.Flows);
        var user = Enumerable.Range(0, 1000).Select(i => $"customer-{i}").First(u => FlowVariantPicker.Pick("test/" + u, flow.Id, flow.Experiment!) == variant);
        var harness = new ConversationHarness(flowSource: new FlowCatalogSource(new FlowCatalog(result.Flows)), userId: user);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("WELCOME");

        Assert.Equal([expected, "Votre nom ?"], replies.Messages.Select(m => m.Text).Where(t => t is not null).TakeLast(2));
    }

    [Fact]
    public void Graph_TextPerVariantAndVariantSteps_BranchPerVariantWithItsShare_AndJoin()
    {
        var result = _folder.Write("welcome.yaml", Welcome(PerVariant + "\n  - say: { fr: Cadeau !, en: Gift! }\n    variant: b")).Load();
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));

        var mermaid = FlowGraph.ToMermaid(Assert.Single(result.Flows), "en");

        Assert.Contains("s1{\"variant (intro)\"}", mermaid, StringComparison.Ordinal);
        Assert.Contains("s0 --> s1", mermaid, StringComparison.Ordinal);
        Assert.Contains("s1 -->|a · 25%| s2", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2[\"say: Hello!\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s1 -->|b · 75%| s3", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3[\"say: Three questions and done!\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3 --> s4", mermaid, StringComparison.Ordinal);
        Assert.Contains("s4[\"say: Gift!\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2 --> s5", mermaid, StringComparison.Ordinal);
        Assert.Contains("s4 --> s5", mermaid, StringComparison.Ordinal);
        Assert.Contains("s5[\"ask text → name: Your name?\"]", mermaid, StringComparison.Ordinal);
    }
}
