using Json.Schema;
using Majordome.Bot.Content.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>
/// A question's texts may differ per variant with the say's syntax (<c>prompt:</c>, <c>retry:</c>, an option's
/// <c>title:</c>, and the <c>say:</c> of notify-when and schedule): each validated with file, line and field,
/// described by flow.schema.json, and drawn by <c>flows graph</c> as a branch per variant.
/// </summary>
public sealed class FlowVariantAskTextTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string PromptPerVariant = """
            prompt:
              a: { fr: Votre budget ?, en: Your budget? }
              b: { fr: "Question 1 sur 3 : votre budget ?", en: "Question 1 of 3: your budget?" }
        """;

    private const string Options = """
            options:
              - value: intense
                title: { fr: Corsé, en: Intense }
              - value: mild
                title: { fr: Doux, en: Mild }
        """;

    // Line 10 is the ask, line 11 its var, line 12 the first line of whatever follows.
    private static string Flow(string ask, string experiment = "variants: { a: 25, b: 75 }\nconversion: { event: end }") => $$"""
        id: gift
        title: { fr: Cadeau, en: Gift }
        triggers:
          payload: GIFT
        experiment: intro
        {{experiment}}
        steps:
          - say: { fr: Bonjour !, en: Hello! }
          - ask: {{ask}}
        """;

    private static string Budget(string texts) => "number\n    var: budget\n" + texts;

    private static string Taste(string prompt, string options) => "choice\n    var: taste\n" + prompt + "\n" + options;

    [Fact]
    public void Load_PromptRetryAndTitlesPerVariant_AreValid()
    {
        var result = _folder.Write("gift.yaml", Flow(Budget(PromptPerVariant + """

                retry:
                  a: { fr: Un nombre, en: A number }
                  b: { fr: Juste un nombre, en: Just a number }
            """))).Load();

        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
    }

    [Fact]
    public void Load_PromptWithAnUnknownVariant_IsReportedWithFileLineFieldAndDidYouMean()
    {
        _folder.Write("gift.yaml", Flow(Budget("""
                prompt:
                  a: { fr: Votre budget ?, en: Your budget? }
                  bb: { fr: Budget ?, en: Budget? }
            """)));

        var problem = _folder.SingleProblem();

        Assert.Equal(("flows/gift.yaml", 14, "steps[1].prompt.bb"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("unknown variant \"bb\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"b\"?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RetryOfAVariantMissingALanguage_IsReportedAtTheMissingLanguage()
    {
        _folder.Write("gift.yaml", Flow(Budget(PromptPerVariant + """

                retry:
                  a: { fr: Un nombre, en: A number }
                  b: { fr: Juste un nombre }
            """)));

        var problem = _folder.SingleProblem();

        Assert.Equal(("flows/gift.yaml", 17, "steps[1].retry.b.en"), (problem.File, problem.Line, problem.Field));
    }

    [Fact]
    public void Load_OptionTitleWithoutAVariantsText_IsReported()
    {
        _folder.Write("gift.yaml", Flow(Taste("    prompt: { fr: Quel café ?, en: Which coffee? }", """
                options:
                  - value: intense
                    title:
                      a: { fr: Corsé, en: Intense }
                  - value: mild
                    title: { fr: Doux, en: Mild }
            """)));

        var problem = _folder.SingleProblem();

        Assert.Equal((16, "steps[1].options[0].title"), (problem.Line, problem.Field));
        Assert.Contains("no text for the variant(s) b", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PromptPerVariantInAFlowWithoutVariants_SaysToDeclareThem()
    {
        _folder.Write("gift.yaml", Flow(Budget(PromptPerVariant), experiment: string.Empty).Replace("experiment: intro\n", string.Empty, StringComparison.Ordinal));

        var problem = _folder.SingleProblem();

        Assert.Equal("steps[1].prompt", problem.Field);
        Assert.Contains("declares no variants", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ScheduleSayWithAnUnknownVariant_IsReported()
    {
        _folder.Write("gift.yaml", Flow("""
            text
                var: name
                prompt: { fr: Votre nom ?, en: Your name? }
              - schedule:
                  after: 2w
                  say:
                    a: { fr: "Bonjour {name}", en: "Hello {name}" }
                    c: { fr: Salut, en: Hi }
            """));

        var problem = _folder.SingleProblem();

        Assert.Equal(("flows/gift.yaml", 17, "steps[2].schedule.say.c"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("unknown variant \"c\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_VariantTextWithAnUnsetVariable_IsReported()
    {
        _folder.Write("gift.yaml", Flow(Budget("""
                prompt:
                  a: { fr: Votre budget ?, en: Your budget? }
                  b: { fr: "Votre budget, {nme} ?", en: "Your budget, {nme}?" }
            """)));

        var problems = _folder.Load().Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal("steps[1].prompt.b", p.Field));
        Assert.All(problems, p => Assert.Contains("\"nme\" is used before it is set", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("number\n    var: budget\n" + PromptPerVariant, true)]
    [InlineData("number\n    var: budget\n    prompt: { fr: Budget ?, en: Budget? }\n    retry:\n      a: { fr: Un nombre, en: A number }\n      b: { fr: Juste un nombre, en: Just a number }", true)]
    [InlineData("choice\n    var: taste\n    prompt: { fr: Café ?, en: Coffee? }\n    options:\n      - value: intense\n        title:\n          a: { fr: Corsé, en: Intense }\n          b: { fr: Bien corsé, en: Bold }\n      - value: mild\n        title: { fr: Doux, en: Mild }", true)]
    [InlineData("number\n    var: budget\n    prompt:\n      a: { fr: Votre budget ? }\n      b: { fr: Budget ?, en: Budget? }", false)]
    [InlineData("number\n    var: budget\n    prompt:\n      fr: { fr: Votre budget ?, en: Budget? }\n      b: { fr: Budget ?, en: Budget? }", false)]
    [InlineData("choice\n    var: taste\n    prompt: { fr: Café ?, en: Coffee? }\n    options:\n      - value: intense\n        title:\n          a: { fr: Corsé }\n          b: { fr: Bien corsé, en: Bold }", false)]
    public void Schema_DescribesQuestionTextsPerVariant(string ask, bool valid)
    {
        Assert.Equal(valid, Schema.Value.Evaluate(YamlJson.Convert(Flow(ask))).IsValid);
    }

    [Theory]
    [InlineData("  - schedule:\n      after: 2w\n      say:\n        a: { fr: Salut, en: Hi }\n        b: { fr: Coucou, en: Hey }", true)]
    [InlineData("  - notify-when:\n      back-in-stock: CAP-MINUIT\n      say:\n        a: { fr: Noté, en: Noted }\n        b: { fr: C'est noté, en: Got it }", true)]
    [InlineData("  - notify-when:\n      back-in-stock: CAP-MINUIT\n      say:\n        a: { fr: Noté }\n        b: { fr: C'est noté, en: Got it }", false)]
    public void Schema_DescribesConfirmationTextsPerVariant(string step, bool valid)
    {
        var flow = Flow(Budget("    prompt: { fr: Budget ?, en: Budget? }")) + "\n" + step;

        Assert.Equal(valid, Schema.Value.Evaluate(YamlJson.Convert(flow)).IsValid);
    }

    [Fact]
    public void Graph_PromptAndTitlesPerVariant_BranchPerVariantWithItsShareAndText_AndJoin()
    {
        var result = _folder.Write("gift.yaml", Flow(Taste("""
                prompt:
                  a: { fr: Quel café ?, en: Which coffee? }
                  b: { fr: "Question 2 : quel café ?", en: "Question 2: which coffee?" }
            """, """
                options:
                  - value: intense
                    title:
                      a: { fr: Corsé, en: Intense }
                      b: { fr: Bien corsé, en: Bold }
                  - value: mild
                    title: { fr: Doux, en: Mild }
            """) + "\n  - say: { fr: Merci, en: Thanks }")).Load();
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));

        var mermaid = FlowGraph.ToMermaid(Assert.Single(result.Flows), "en");

        Assert.Contains("s2{\"variant (intro)\"}", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2 -->|a · 25%| s3", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3[\"ask choice → taste: Which coffee?<br/>(Intense, Mild)\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2 -->|b · 75%| s4", mermaid, StringComparison.Ordinal);
        Assert.Contains("s4[\"ask choice → taste: Question 2: which coffee?<br/>(Bold, Mild)\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3 --> s5", mermaid, StringComparison.Ordinal);
        Assert.Contains("s4 --> s5", mermaid, StringComparison.Ordinal);
        Assert.Contains("s5[\"say: Thanks\"]", mermaid, StringComparison.Ordinal);
    }
}
