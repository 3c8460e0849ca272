using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Tests.Bot.Content;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>The action and card steps' rules, each naming the file, line, column and field of the problem.</summary>
public sealed class FlowActionValidationTests : IDisposable
{
    private const string File = "flows/launch.yaml";

    // Line 7 asks the email, 10 is the action (name at column 13), 11 its with: (column 7), 15 the card (name at column 11).
    private const string Launch = """
        id: launch
        title: { fr: Lancement, en: Launch }
        triggers:
          payload: LAUNCH
        steps:
          - ask: email
            var: email
            prompt: { fr: Votre e-mail ?, en: Your email? }
          - ask: confirm
            var: consent
            prompt: { fr: D'accord ?, en: Agreed? }
          - action: record-lead
            with:
              email: "{email}"
              consent: "{consent}"
              consent_text: { fr: D'accord ?, en: Agreed? }
            into: { saved: nothing }
            on-error:
              - say: { fr: Oups, en: Oops }
          - card: booking-confirmation
            data:
              title: "{email}"
          - say: { fr: "Merci {email}", en: "Thanks {email}" }
        """;

    private const string RecordLead = "  - action: record-lead\n    with:\n      email: \"{email}\"\n      consent: \"{consent}\"\n      consent_text: { fr: D'accord ?, en: Agreed? }\n";

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ValidActionAndCard_AreRead()
    {
        var result = _folder.Write("launch.yaml", Launch).Load();

        Assert.Empty(result.Problems);
        var steps = Assert.Single(result.Flows).Steps;
        var action = Assert.IsType<ActionStep>(steps[2]);
        Assert.Equal("record-lead", action.Name);
        Assert.Equal("{email}", action.Arguments["email"].Fr);
        Assert.Equal("Agreed?", action.Arguments["consent_text"].En);
        Assert.Equal("nothing", action.Into["saved"]);
        Assert.IsType<SayStep>(Assert.Single(action.OnError));
        Assert.Equal("record_lead_ok", action.OkVariable);
        var card = Assert.IsType<CardStep>(steps[3]);
        Assert.Equal(("booking-confirmation", "{email}"), (card.Template, card.Data["title"].En));
        Assert.Null(card.Products);
    }

    [Fact]
    public void Load_OkVariableAndIntoVariables_AreSetAfterTheAction()
    {
        _folder.Write("launch.yaml", Launch.With("\"Merci {email}\"", "\"Merci {email} {record_lead_ok} {saved}\""));

        Assert.Empty(_folder.Load().Problems);
    }

    [Fact]
    public void Load_VariableSetOnlyInOnError_IsNotCertainAfterIt()
    {
        _folder.Write("launch.yaml", Launch.With("      - say: { fr: Oups, en: Oops }", "      - set: failed\n        value: true").With("\"Merci {email}\"", "\"Merci {failed}\""));

        ProblemAssert.At(_folder.SingleProblem(), File, 24, 23, "steps[4].say", "the variable \"failed\" is used before it is set");
    }

    [Fact]
    public void Load_UnknownAction_ListsTheActionsAndGuesses()
    {
        _folder.Write("launch.yaml", Launch.With("action: record-lead", "action: record-leed"));

        ProblemAssert.At(_folder.SingleProblem(), File, 12, 13, "steps[2].action", "unknown action \"record-leed\": the actions are add-to-cart, book, handoff, record-lead, record-survey, tag, webhook. Did you mean \"record-lead\"?");
    }

    [Fact]
    public void Load_MissingRequiredArgument_NamesIt()
    {
        _folder.Write("launch.yaml", Launch.With("      consent_text: { fr: D'accord ?, en: Agreed? }\n", string.Empty));

        ProblemAssert.At(_folder.SingleProblem(), File, 14, 7, "steps[2].with", "the action \"record-lead\" needs \"consent_text\": add it under with:");
    }

    [Fact]
    public void Load_ActionWithoutWith_ReportsTheMissingArgumentAtTheAction()
    {
        _folder.Write("launch.yaml", Launch.With("  - action: record-lead\n    with:\n      email: \"{email}\"\n      consent: \"{consent}\"\n      consent_text: { fr: D'accord ?, en: Agreed? }\n", "  - action: webhook\n"));

        ProblemAssert.At(_folder.SingleProblem(), File, 12, 13, "steps[2].action", "the action \"webhook\" needs \"url\"");
    }

    [Theory]
    [InlineData("\"{email}\"")]
    [InlineData("\"https://{email}/leads\"")]
    [InlineData("\"https://api.example.com{email}\"")]
    [InlineData("\"https://api.example.com:{email}/leads\"")]
    [InlineData("\"{email}://api.example.com/leads\"")]
    [InlineData("ftp://api.example.com/leads")]
    [InlineData("{ fr: \"https://api.example.com/leads\", en: \"https://{email}/leads\" }")]
    public void Load_WebhookUrlWhoseSchemeOrHostIsNotFixed_IsRefusedAtTheUrl(string url)
    {
        _folder.Write("launch.yaml", Launch.With(RecordLead, $"  - action: webhook\n    with:\n      url: {url}\n      email: \"{{email}}\"\n"));

        ProblemAssert.At(_folder.SingleProblem(), File, 14, 12, "steps[2].with.url", "the webhook's url must begin with a fixed https address");
    }

    [Theory]
    [InlineData("https://api.example.com/leads")]
    [InlineData("\"https://api.example.com/leads/{email}?source=bot\"")]
    [InlineData("\"https://api.example.com:8443/leads?email={email}\"")]
    public void Load_WebhookUrlWithAFixedHost_IsRead(string url)
    {
        _folder.Write("launch.yaml", Launch.With(RecordLead, $"  - action: webhook\n    with:\n      url: {url}\n      email: \"{{email}}\"\n"));

        Assert.Empty(_folder.Load().Problems);
    }

    [Fact]
    public void Load_CardTemplateNotFound_ListsTheTemplates()
    {
        _folder.Write("launch.yaml", Launch.With("card: booking-confirmation", "card: booking-confirmaton"));

        ProblemAssert.At(_folder.SingleProblem(), File, 20, 11, "steps[3].card", "card template \"booking-confirmaton\" not found: the templates in Cards/Templates are booking-confirmation, cart,");
    }

    [Fact]
    public void Load_ArgumentUsesAnUnsetVariable_ReportsItAtTheVariable()
    {
        _folder.Write("launch.yaml", Launch.With("email: \"{email}\"", "email: \"{mail}\""));

        ProblemAssert.At(_folder.SingleProblem(), File, 14, 15, "steps[2].with.email", "the variable \"mail\" is used before it is set");
    }

    [Fact]
    public void Load_UnquotedVariable_SaysToQuoteIt()
    {
        _folder.Write("launch.yaml", Launch.With("email: \"{email}\"", "email: {email}"));

        ProblemAssert.At(_folder.SingleProblem(), File, 14, 14, "steps[2].with.email", "put quotes around a value that starts with a variable: \"{email}\"");
    }

    [Fact]
    public void Load_ProductCarouselWithoutProducts_AsksForThem()
    {
        _folder.Write("launch.yaml", Launch.With("card: booking-confirmation", "card: product-carousel"));

        ProblemAssert.At(_folder.SingleProblem(), File, 20, 11, "steps[3].card", "a product-carousel card needs products:");
    }

    [Fact]
    public void Load_ProductCondition_KnowsTheProductFields_ButNotUnsetVariables()
    {
        _folder.Write("launch.yaml", Launch.With("card: booking-confirmation\n    data:\n      title: \"{email}\"", "card: product-carousel\n    products:\n      where: price <= budget and decaf"));

        ProblemAssert.At(_folder.SingleProblem(), File, 22, 23, "steps[3].products.where", "the variable \"budget\" is used before it is set");
    }

    [Fact]
    public void Load_CustomAction_IsAcceptedWhenRegistered()
    {
        _folder.Write("launch.yaml", Launch.With("action: record-lead", "action: loyalty-points"));
        var actions = BuiltInFlowActions.Signatures.Append(new FlowActionSignature("loyalty-points", ["email"])).ToList();

        var result = Majordome.Bot.Content.Flows.FlowLoader.Load(_folder.Directory, actions);

        Assert.Empty(result.Problems);
        Assert.Equal("loyalty-points", Assert.IsType<ActionStep>(Assert.Single(result.Flows).Steps[2]).Name);
    }
}
