using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>The opt-in step read from a flow file, each mistake at its file, line, column and field with the fix.</summary>
public sealed class FlowOptInValidationTests : IDisposable
{
    private const string File = "flows/newsletter.yaml";
    private const string Head = """
        id: newsletter
        title: { fr: Nouveautés, en: News }
        steps:

        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OptIn_AllFields_AreRead_AndItsVariableIsSetForLaterSteps()
    {
        var result = _folder.Write("newsletter.yaml", Head + """
              - opt-in:
                  topic: marketing
                  ask: { fr: "Voulez-vous nos offres ?", en: "Would you like our offers?" }
                  yes: { fr: Merci !, en: Thanks! }
                  no: { fr: Tant pis., en: Never mind. }
                  var: subscribed
              - if: subscribed
                then:
                  - say: { fr: Bienvenue, en: Welcome }
              - id: remind-me
                opt-in: { topic: Reminders, ask: { fr: "Des rappels ?", en: "Reminders?" } }
            """).Load();

        Assert.Empty(result.Problems);
        var steps = Assert.Single(result.Flows).Steps.OfType<OptInStep>().ToList();
        Assert.Equal(("marketing", "Would you like our offers?", "Merci !", "Never mind.", "subscribed"), (steps[0].Topic, steps[0].Ask.En, steps[0].Yes?.Fr, steps[0].No?.En, steps[0].Variable));
        Assert.Equal(("reminders", ProactiveCategory.Marketing, (string?)null, (string?)null, "remind-me"), (steps[1].Topic, steps[1].Category, steps[1].Yes?.Fr, steps[1].Variable, steps[1].Id));
        Assert.Equal("steps[0]:opt-in", steps[0].Id);
    }

    [Fact]
    public void OptIn_UnknownTopic_SaysDidYouMean()
    {
        _folder.Write("newsletter.yaml", Head + "  - opt-in: { topic: marketting, ask: { fr: Oui ?, en: Yes? } }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 22, "steps[0].opt-in.topic", "unknown opt-in topic \"marketting\": did you mean \"marketing\"? use one of marketing, reminders.");
    }

    [Fact]
    public void OptIn_MissingTopic_SaysWhatToWrite()
    {
        _folder.Write("newsletter.yaml", Head + "  - opt-in: { ask: { fr: Oui ?, en: Yes? } }\n");

        var problem = _folder.SingleProblem();

        Assert.Equal((File, 4, "steps[0].opt-in.topic"), (problem.File, problem.Line, problem.Field));
        Assert.Equal("\"topic\" is missing: write what the customer agrees to receive, one of marketing, reminders (such as topic: marketing).", problem.Message);
    }

    [Fact]
    public void OptIn_MissingAsk_SaysTheWordingIsKept()
    {
        _folder.Write("newsletter.yaml", Head + "  - opt-in: { topic: marketing }\n");

        var problem = _folder.SingleProblem();

        Assert.Equal((File, 4, "steps[0].opt-in.ask"), (problem.File, problem.Line, problem.Field));
        Assert.Equal("\"ask\" is missing: write the question the customer agrees to, in French (fr) and English (en); its exact words are kept with their consent.", problem.Message);
    }

    [Fact]
    public void OptIn_MisspeltField_SaysDidYouMean()
    {
        _folder.Write("newsletter.yaml", Head + "  - opt-in: { topic: marketing, ask: { fr: Oui ?, en: Yes? }, yess: { fr: Merci, en: Thanks } }\n");

        var problem = _folder.SingleProblem();

        Assert.Equal((File, 4, "steps[0].opt-in.yess"), (problem.File, problem.Line, problem.Field));
        Assert.Equal("unknown field \"yess\": did you mean \"yes\"?", problem.Message);
    }

    [Fact]
    public void OptIn_AskWithoutEnglish_IsRefused()
    {
        _folder.Write("newsletter.yaml", Head + "  - opt-in: { topic: marketing, ask: { fr: Oui ? } }\n");

        Assert.Equal((File, "steps[0].opt-in.ask.en"), _folder.SingleProblem() is var p ? (p.File, p.Field) : default);
    }

    [Fact]
    public void OptIn_VariableNeverSetInItsQuestion_SaysDidYouMean()
    {
        _folder.Write("newsletter.yaml", Head + """
              - ask: text
                var: first_name
                prompt: { fr: Prénom ?, en: First name? }
              - opt-in: { topic: marketing, ask: { fr: "{firstname}, nos offres ?", en: "{first_name}, our offers?" } }
            """);

        var problem = _folder.SingleProblem();

        Assert.Equal((File, 7), (problem.File, problem.Line));
        Assert.EndsWith("Did you mean \"first_name\"?", problem.Message, StringComparison.Ordinal);
    }
}
