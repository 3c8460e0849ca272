using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Experiments;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>A flow's experiment (variants, conversion, a step's variant) is read, and every mistake named with its line, column and fix.</summary>
public sealed class FlowExperimentValidationTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Flow(string experiment, string steps) => $"""
        id: welcome
        title: {"{"} fr: Accueil, en: Welcome {"}"}
        {experiment}
        steps:
        {steps}
        """;

    private const string TwoVariants = """
        variants: { a: 50, b: 50 }
        conversion: { event: order, within: 7d }
        """;

    [Fact]
    public void Load_ExperimentWithVariantSteps_ReadsVariantsConversionAndStepVariants()
    {
        var result = _folder.Write("welcome.yaml", Flow("""
            experiment: welcome-test
            variants: { control: 1, gift-box: 3 }
            conversion: { event: tag, tag: coffee-lover, within: 2w }
            """, """
              - say: { fr: Bonjour, en: Hello }
                variant: gift-box
              - ask: number
                var: budget
                variant: [control]
                prompt: { fr: Budget ?, en: Budget? }
              - say: { fr: "Vous êtes dans {variant}", en: "You are in {variant}" }
            """)).Load();

        Assert.Empty(result.Problems);
        var flow = Assert.Single(result.Flows);
        Assert.Equal("welcome-test", flow.Experiment!.Name);
        Assert.Equal(new FlowConversion(ConversionEvent.Tag, "coffee-lover", TimeSpan.FromDays(14)), flow.Experiment.Conversion);
        Assert.Equal([new FlowVariant("control", 1), new FlowVariant("gift-box", 3)], flow.Experiment.Variants);
        Assert.Equal(["gift-box"], flow.Steps[0].Variants);
        Assert.Equal(["control"], flow.Steps[1].Variants);
        Assert.Null(flow.Steps[2].Variants);
    }

    [Fact]
    public void Load_UnknownVariantInAStep_IsReportedWithDidYouMean()
    {
        _folder.Write("welcome.yaml", Flow(TwoVariants, """
              - say: { fr: Bonjour, en: Hello }
                variant: bb
            """));

        var problem = _folder.SingleProblem();

        Assert.Equal(("flows/welcome.yaml", 7, 14), (problem.File, problem.Line, problem.Column));
        Assert.Contains("unknown variant \"bb\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"b\"?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StepVariantWithoutVariants_SaysToDeclareThem()
    {
        _folder.Write("welcome.yaml", Flow(string.Empty, """
              - say: { fr: Bonjour, en: Hello }
                variant: b
            """));

        var problem = _folder.SingleProblem();

        Assert.Equal((6, 14), (problem.Line, problem.Column));
        Assert.Contains("declares no variants", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("variants: { a: 0, b: 50 }\nconversion: { event: end }", 3, 16, "whole number above 0")]
    [InlineData("variants: { a: -5, b: 50 }\nconversion: { event: end }", 3, 16, "whole number above 0")]
    [InlineData("variants: { a: 1.5, b: 50 }\nconversion: { event: end }", 3, 16, "whole number")]
    [InlineData("variants: { a: 50 }\nconversion: { event: end }", 3, 11, "at least two variants")]
    [InlineData("variants: { A: 50, b: 50 }\nconversion: { event: end }", 3, 16, "not a valid variant name")]
    [InlineData("variants: { a: 50, b: 50 }", 1, 1, "\"conversion\" is missing")]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: purchase }", 4, 22, "order")]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: order, within: 7 days }", 4, 37, "7d, 2w or 48h")]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: order, within: 365d }", 4, 37, "between 1h and 90d")]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: tag }", 4, 13, "name the tag")]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: order, tag: vip }", 4, 34, "only applies to event: tag")]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: order, whithin: 7d }", 4, 29, "did you mean \"within\"")]
    [InlineData("conversion: { event: order }", 3, 13, "needs its variants")]
    public void Load_ExperimentMistake_IsReportedWhereItIs(string experiment, int line, int column, string message)
    {
        _folder.Write("welcome.yaml", Flow(experiment, "  - say: { fr: Bonjour, en: Hello }"));

        var problem = _folder.SingleProblem();

        Assert.True((line, column) == (problem.Line, problem.Column), problem.ToString());
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_VariableSetOnlyForOneVariant_IsNotSetAfterIt()
    {
        _folder.Write("welcome.yaml", Flow(TwoVariants, """
              - set: bonus
                value: 5
                variant: b
              - say: { fr: "Bonus {bonus}", en: "Bonus {bonus}" }
            """));

        var problems = _folder.Load().Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(9, p.Line));
        Assert.All(problems, p => Assert.Contains("\"bonus\" is used before it is set", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GotoForOneVariant_DoesNotMakeTheNextStepUnreachable()
    {
        var result = _folder.Write("welcome.yaml", Flow(TwoVariants, """
              - goto: menu
                variant: b
              - say: { fr: Bonjour, en: Hello }
            """)).Load();

        Assert.Empty(result.Problems);
        Assert.IsType<GotoStep>(Assert.Single(result.Flows).Steps[0]);
    }
}
