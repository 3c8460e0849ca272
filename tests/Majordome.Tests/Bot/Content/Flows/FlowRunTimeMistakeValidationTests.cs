using Majordome.Tests.Bot.Content;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>
/// Mistakes that used to pass validation and fail for every customer at run time: a plain http webhook, an
/// argument the action does not take, an ordering comparison against a quoted text.
/// </summary>
public sealed class FlowRunTimeMistakeValidationTests : IDisposable
{
    private const string File = "flows/birthday.yaml";

    // Line 6 asks the birthday, 9 the email, 12 the action (with: at line 13), 18 the condition.
    private const string Birthday = """
        id: birthday
        title: { fr: Anniversaire, en: Birthday }
        triggers:
          payload: BIRTHDAY
        steps:
          - ask: date-time
            var: birthday
            prompt: { fr: Votre date de naissance ?, en: Your date of birth? }
          - ask: email
            var: email
            prompt: { fr: Votre e-mail ?, en: Your email? }
          - action: record-lead
            with:
              email: "{email}"
              consent: true
              consent_text: { fr: D'accord, en: Agreed }
          - say: { fr: Merci, en: Thanks }
          - if: birthday != ""
            then:
              - say: { fr: Noté, en: Noted }
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_TheFlowAsWritten_HasNoProblem() => Assert.Empty(_folder.Write("birthday.yaml", Birthday).Load().Problems);

    [Fact]
    public void Load_PlainHttpWebhook_IsRefusedAtTheUrl_AskingForHttps()
    {
        _folder.Write("birthday.yaml", Birthday.With("  - say: { fr: Merci, en: Thanks }", "  - action: webhook\n    with: { url: \"http://crm.example.com/leads\" }"));

        ProblemAssert.At(_folder.SingleProblem(), File, 18, 18, "steps[3].with.url", "plain http:// is refused: write https://crm.example.com/leads");
    }

    [Fact]
    public void Load_ArgumentTheActionDoesNotTake_IsReportedAtIt_WithTheArgumentsItTakes()
    {
        _folder.Write("birthday.yaml", Birthday.With("      email: \"{email}\"\n", "      email: \"{email}\"\n      birthday: \"{birthday}\"\n"));

        ProblemAssert.At(_folder.SingleProblem(), File, 15, 7, "steps[2].with.birthday", "record-lead does not take \"birthday\": it takes consent, consent_text, email, phone, name");
    }

    [Fact]
    public void Load_ArgumentWithATypo_SuggestsTheRightOne()
    {
        _folder.Write("birthday.yaml", Birthday.With("      email: \"{email}\"\n", "      emal: \"{email}\"\n"));

        var problem = _folder.SingleProblem();
        Assert.Contains("Did you mean \"email\"?", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("birthday < \"2008-12-06\"", 20)]
    [InlineData("birthday != \"\" and \"2008-12-06\" >= birthday", 28)]
    public void Load_OrderingComparisonAgainstAQuotedText_IsReportedAtTheText(string condition, int column)
    {
        _folder.Write("birthday.yaml", Birthday.With("birthday != \"\"", condition));

        ProblemAssert.At(_folder.SingleProblem(), File, 18, column, "steps[4].if", "is always false");
    }
}
