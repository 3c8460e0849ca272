using Majordome.Bot.Hosting;
using Majordome.Tests.Bot.Content;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>
/// Mistakes a marketer makes that used to pass silently or blame the wrong file: keywords that hijack the built-in
/// conversations, choice buttons past the channels' limits, typos in variables, one broken file blaming others.
/// </summary>
public sealed class FlowMarketerMistakeTests : IDisposable
{
    private const string File = "flows/gift.yaml";

    // Line 4 lists the keywords (the first at column 14), 6 asks the budget, 11 its first option's title (fr at column 22).
    private const string Gift = """
        id: gift
        title: { fr: Idée cadeau, en: Gift idea }
        triggers:
          keywords: [cadeau, gift]
        steps:
          - ask: choice
            var: budget
            prompt: { fr: Quel budget ?, en: What budget? }
            options:
              - value: small
                title: { fr: Petit, en: Small }
              - value: large
                title: { fr: Grand, en: Large }
          - say: { fr: "Budget {budget}", en: "Budget {budget}" }
          - goto: thanks
        """;

    private const string Thanks = """
        id: thanks
        title: { fr: Merci, en: Thanks }
        steps:
          - say: { fr: Merci !, en: Thanks! }
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IConfiguration Empty => new ConfigurationBuilder().Build();

    [Fact]
    public void Load_TheFlowsAsWritten_HaveNoProblem() => Assert.Empty(_folder.Write("gift.yaml", Gift).Write("thanks.yaml", Thanks).Load().Problems);

    [Theory]
    [InlineData("réserver", "booking")]
    [InlineData("Commande", "orders")]
    [InlineData("book", "booking")]
    [InlineData("order", "orders")]
    [InlineData("aide", "help")]
    public void Load_KeywordOfABuiltInConversation_IsReportedAtIt(string keyword, string conversation)
    {
        _folder.Write("gift.yaml", Gift.With("[cadeau, gift]", $"[{keyword}, gift]")).Write("thanks.yaml", Thanks);

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 14, "triggers.keywords[0]", $"\"{keyword}\" already starts the built-in {conversation} conversation");
    }

    [Fact]
    public void Load_UnsetVariableWithATypo_SuggestsTheVariable()
    {
        _folder.Write("gift.yaml", Gift.With("\"Budget {budget}\", en:", "\"Budget {budjet}\", en:")).Write("thanks.yaml", Thanks);

        var problem = _folder.SingleProblem();

        Assert.Contains("the variable \"budjet\" is used before it is set", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"budget\"?", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("  - say: [unclosed\n")]
    public void Load_OneFileIsNotValidYaml_OnlyThatFileHasProblems(string broken)
    {
        _folder.Write("gift.yaml", Gift).Write("thanks.yaml", Thanks.Replace("  - say: { fr: Merci !, en: Thanks! }", broken == "\t" ? "\t- say: { fr: Merci !, en: Thanks! }" : broken, StringComparison.Ordinal));

        var problems = _folder.Load().Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal("flows/thanks.yaml", p.File));
    }

    [Fact]
    public void Load_TabIndentation_SaysToUseSpaces()
    {
        _folder.Write("thanks.yaml", Thanks.Replace("  - say:", "\t- say:", StringComparison.Ordinal));

        var problem = _folder.SingleProblem();

        Assert.Equal((4, 1), (problem.Line, problem.Column));
        Assert.Contains("a tab", problem.Message, StringComparison.Ordinal);
        Assert.Contains("spaces", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ChoiceTitleLongerThanAButtonShows_IsAWarningNamingTheLimit_AndExitsZero()
    {
        _folder.Write("gift.yaml", Gift.With("{ fr: Petit, en: Small }", "{ fr: Un tout petit budget pour commencer, en: Small }")).Write("thanks.yaml", Thanks);
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "validate", _folder.Directory], Empty, output);

        Assert.Equal(0, code);
        Assert.Contains("flows/gift.yaml, line 11, column 22, field \"steps[0].options[0].title.fr\": warning: this title has 35 characters", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("20 characters", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MoreOptionsThanButtons_IsAWarningNamingTheLimit()
    {
        var options = string.Concat(Enumerable.Range(1, 4).Select(i => $"      - value: v{i}\n        title: {{ fr: Choix {i}, en: Choice {i} }}\n"));
        var many = Gift[..Gift.IndexOf("      - value: small", StringComparison.Ordinal)] + options + Gift[Gift.IndexOf("  - say:", StringComparison.Ordinal)..];
        _folder.Write("gift.yaml", many).Write("thanks.yaml", Thanks);
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "validate", _folder.Directory], Empty, output);

        Assert.Equal(0, code);
        Assert.Contains("flows/gift.yaml, line 10, column 7, field \"steps[0].options\": warning: 4 options", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("WhatsApp shows at most 3 buttons", output.ToString(), StringComparison.Ordinal);
    }
}
