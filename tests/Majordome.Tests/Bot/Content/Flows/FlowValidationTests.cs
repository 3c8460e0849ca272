using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>Every rule of a flow file names the file, line, column and field of the problem.</summary>
public sealed class FlowValidationTests : IDisposable
{
    private const string File = "flows/quiz.yaml";

    // Line 7 asks the age (kind at column 10), 9 its prompt (value at column 13), 10 the condition (column 9),
    // 12 and 14 the branches' texts, 15 the goto (target at column 11).
    private const string Quiz = """
        id: quiz
        title: { fr: Quiz, en: Quiz }
        triggers:
          keywords: [quiz]
          payload: QUIZ
        steps:
          - ask: number
            var: age
            prompt: { fr: Votre âge ?, en: Your age? }
          - if: age >= 18
            then:
              - say: { fr: Majeur, en: Adult }
            else:
              - say: { fr: Mineur, en: Minor }
          - goto: menu
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ValidFlow_HasNoProblemAndItsSteps()
    {
        var result = _folder.Write("quiz.yaml", Quiz).Load();

        Assert.Empty(result.Problems);
        var flow = Assert.Single(result.Flows);
        Assert.Equal("quiz", flow.Id);
        Assert.Equal(["quiz"], flow.Triggers.Keywords);
        Assert.Equal("QUIZ", flow.Triggers.Payload);
        Assert.Collection(
            flow.Steps,
            s =>
            {
                var ask = Assert.IsType<AskStep>(s);
                Assert.Equal((AskKind.Number, "age", "Your age?"), (ask.Kind, ask.Variable, ask.Prompt.En));
            },
            s => Assert.Equal("age >= 18", Assert.IsType<IfStep>(s).Condition.Text),
            s => Assert.Equal("menu", Assert.IsType<GotoStep>(s).Target));
    }

    [Fact]
    public void Load_NoFlowsFolder_NoFlowsNoProblems()
    {
        var result = FlowLoader.Load(Path.Combine(_folder.Directory, "missing"));

        Assert.Empty(result.Flows);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("book")]
    [InlineData("my-bookings")]
    public void Load_ReservedId_ReportsIt(string id)
    {
        _folder.Write("quiz.yaml", Quiz.With("id: quiz", "id: " + id));

        ProblemAssert.At(_folder.SingleProblem(), File, 1, 5, "id", $"\"{id}\" is the id of a built-in flow");
    }

    [Theory]
    [InlineData("Gift_Finder")]
    [InlineData("gift finder")]
    public void Load_BadId_ReportsIt(string id)
    {
        _folder.Write("quiz.yaml", Quiz.With("id: quiz", "id: " + id));

        ProblemAssert.At(_folder.SingleProblem(), File, 1, 5, "id", $"\"{id}\" is not a valid flow id");
    }

    [Fact]
    public void Load_TwoKindsInOneStep_SaysToSplitIt()
    {
        _folder.Write("quiz.yaml", Quiz.With("  - goto: menu", "  - goto: menu\n    say: { fr: Fin, en: End }"));

        ProblemAssert.At(_folder.SingleProblem(), File, 16, 5, "steps[2].say", "a step does one thing: \"say\" cannot be in the same step as \"goto\"");
    }

    [Fact]
    public void Load_MinOnATextQuestion_ReportsIt()
    {
        _folder.Write("quiz.yaml", Quiz.With("ask: number\n    var: age", "ask: text\n    var: age\n    min: 3").With("if: age >= 18", "if: age == \"x\""));

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 10, "steps[0].min", "min and max only apply to a number question");
    }

    [Fact]
    public void Load_UnknownQuestionKind_ListsTheKinds()
    {
        _folder.Write("quiz.yaml", Quiz.With("ask: number", "ask: numbr"));

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 10, "steps[0].ask", "unknown question kind \"numbr\": did you mean \"number\"?");
    }

    [Fact]
    public void Load_UnknownStepKind_ReportsItWithAGuess()
    {
        _folder.Write("quiz.yaml", Quiz.With("  - goto: menu", "  - gotoo: menu"));

        ProblemAssert.At(_folder.SingleProblem(), File, 15, 5, "steps[2]", "unknown step kind \"gotoo\": a step starts with one of say, ask, set, if, goto, end, action, card, image, call, loop, wait, schedule, unschedule, notify-when, opt-in. Did you mean \"goto\"?");
    }

    [Fact]
    public void Load_VariableUsedBeforeSetInACondition_PointsAtTheName()
    {
        _folder.Write("quiz.yaml", Quiz.With("if: age >= 18", "if: 18 <= agee"));

        ProblemAssert.At(_folder.SingleProblem(), File, 10, 15, "steps[1].if", "the variable \"agee\" is used before it is set");
    }

    [Fact]
    public void Load_VariableUsedBeforeSetInAText_PointsAtThePlaceholder()
    {
        _folder.Write("quiz.yaml", Quiz.With("{ fr: Majeur, en: Adult }", "{ fr: \"Majeur {nom}\", en: Adult }"));

        ProblemAssert.At(_folder.SingleProblem(), File, 12, 28, "steps[1].then[0].say", "the variable \"nom\" is used before it is set");
    }

    [Fact]
    public void Load_VariableSetInOneBranchOnly_IsNotSetAfterTheBranch()
    {
        _folder.Write("quiz.yaml", Quiz
            .With("      - say: { fr: Majeur, en: Adult }", "      - set: label\n        value: '\"adult\"'")
            .With("  - goto: menu", "  - say: { fr: \"{label}\", en: \"{label}\" }\n  - goto: menu"));

        var problems = _folder.Load().Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("the variable \"label\" is used before it is set", p.Message, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal(16, p.Line));
    }

    [Fact]
    public void Load_GotoMissingFlow_ReportsTheTargetWithAGuess()
    {
        _folder.Write("quiz.yaml", Quiz.With("goto: menu", "goto: menus"));

        ProblemAssert.At(_folder.SingleProblem(), File, 15, 11, "steps[2].goto", "goto \"menus\": there is no flow with this id. Use menu, information, shop, book, or the id of a flow in the flows folder. Did you mean \"menu\"?");
    }

    [Fact]
    public void Load_GotoAnotherFlow_IsAccepted()
    {
        _folder.Write("quiz.yaml", Quiz.With("goto: menu", "goto: other"))
            .Write("other.yaml", "id: other\ntitle: { fr: Autre, en: Other }\nsteps:\n  - end: true\n");

        var result = _folder.Load();

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Flows.Count);
    }

    [Fact]
    public void Load_MissingTranslation_NamesTheLanguage()
    {
        _folder.Write("quiz.yaml", Quiz.With("{ fr: Votre âge ?, en: Your age? }", "{ fr: Votre âge ? }"));

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 13, "steps[0].prompt.en", "the English translation (en) is missing.");
    }

    [Fact]
    public void Load_ChoiceWithoutOptions_ReportsIt()
    {
        _folder.Write("quiz.yaml", Quiz.With("ask: number", "ask: choice"));

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 10, "steps[0].ask", "a choice question needs options");
    }

    [Fact]
    public void Load_UnreachableStep_PointsAtTheFirstOne()
    {
        _folder.Write("quiz.yaml", Quiz + "\n  - say: { fr: Fin, en: End }\n  - end: true\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 16, 5, "steps[3]", "this step can never run");
    }

    [Fact]
    public void Load_StepAfterAnIfWhoseBranchesBothLeave_IsUnreachable()
    {
        _folder.Write("quiz.yaml", Quiz
            .With("      - say: { fr: Majeur, en: Adult }", "      - end: true")
            .With("      - say: { fr: Mineur, en: Minor }", "      - goto: menu"));

        ProblemAssert.At(_folder.SingleProblem(), File, 15, 5, "steps[2]", "this step can never run");
    }

    [Fact]
    public void Load_DuplicateFlowId_ReportsBothFiles_EachNamingTheOther()
    {
        _folder.Write("a.yaml", Quiz).Write("b.yaml", Quiz.With("[quiz]", "[jeu]").With("QUIZ", "GAME"));

        var problems = _folder.Load().Problems;

        Assert.Equal(2, problems.Count);
        ProblemAssert.At(problems[0], "flows/a.yaml", 1, 5, "id", "the flow id \"quiz\" is also used by flows/b.yaml (line 1)");
        ProblemAssert.At(problems[1], "flows/b.yaml", 1, 5, "id", "the flow id \"quiz\" is also used by flows/a.yaml (line 1)");
    }

    [Fact]
    public void Load_DuplicateTrigger_ReportsItAcrossFiles()
    {
        _folder.Write("a.yaml", Quiz).Write("b.yaml", Quiz.With("id: quiz", "id: game").With("[quiz]", "[Quiz]").With("QUIZ", "GAME"));

        ProblemAssert.At(_folder.SingleProblem(), "flows/b.yaml", 4, 14, "triggers.keywords[0]", "the keyword \"quiz\" already starts another flow (flows/a.yaml, line 4)");
    }

    [Theory]
    [InlineData("age => 18", 13, "write == to compare, not =.")]
    [InlineData("age >= 18 and", 22, "the expression stops too early")]
    [InlineData("age in 18", 16, "expected a list in square brackets after in")]
    [InlineData("(age >= 18", 19, "expected the closing )")]
    public void Load_BadExpression_PointsInsideIt(string condition, int column, string message)
    {
        _folder.Write("quiz.yaml", Quiz.With("age >= 18", condition));

        ProblemAssert.At(_folder.SingleProblem(), File, 10, column, "steps[1].if", "this expression cannot be read: " + message);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsThemAllInOrder()
    {
        _folder.Write("quiz.yaml", Quiz
            .With("{ fr: Votre âge ?, en: Your age? }", "{ en: Your age? }")
            .With("age >= 18", "age >> 18")
            .With("goto: menu", "goto: nowhere"));

        var problems = _folder.Load().Problems;

        Assert.Equal([9, 10, 15], problems.Select(p => p.Line));
        Assert.Empty(_folder.Load().Flows);
    }

    [Fact]
    public void Load_BrokenFile_DoesNotStopTheOthers()
    {
        _folder.Write("quiz.yaml", Quiz).Write("broken.yaml", "id: broken\ntitle: { fr: Cassé }\nsteps: []\n");

        var result = _folder.Load();

        Assert.Equal("quiz", Assert.Single(result.Flows).Id);
        Assert.All(result.Problems, p => Assert.Equal("flows/broken.yaml", p.File));
        Assert.NotEmpty(result.Problems);
    }
}
