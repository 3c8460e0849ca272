using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>
/// Steps keep their identity across edits (an id: written on the step, else its place and kind): a customer in
/// the middle of a flow carries on at the same question with their answers, and starts again only when that
/// question is gone or asks for another kind of answer.
/// </summary>
public sealed class FlowStepIdentityTests : IDisposable
{
    private const string Updated = "Cette conversation vient d'être mise à jour : reprenons-la depuis le début.";

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Tasting(string cityPrompt = "Votre ville ?", string cityKind = "text", string before = "", string cityId = "") => $$"""
        id: tasting
        title: { fr: Dégustation, en: Tasting }
        triggers:
          payload: TASTING
        steps:
          - say: { fr: Bienvenue !, en: Welcome! }
          - ask: text
            var: name
            prompt: { fr: Votre nom ?, en: Your name? }
        {{before}}  - ask: {{cityKind}}
        {{cityId}}    var: city
            prompt: { fr: {{cityPrompt}}, en: Your city? }
          - say: { fr: "Merci {name} de {city}.", en: "Thanks {name} from {city}." }
        """;

    private FlowCatalog Catalog(string yaml)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(_folder.Directory, FlowLoader.FolderName)))
        {
            File.Delete(file);
        }

        var result = _folder.Write("tasting.yaml", yaml).Load();
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        return new FlowCatalog(result.Flows);
    }

    private static async Task<ConversationHarness> AtTheCityQuestionAsync(FlowCatalogSource source)
    {
        var harness = new ConversationHarness(flowSource: source);
        await harness.SendAsync("bonjour");
        Assert.Contains("Votre nom ?", (await harness.SendAsync("TASTING")).Text, StringComparison.Ordinal);
        Assert.Contains("Votre ville ?", (await harness.SendAsync("Marie")).Text, StringComparison.Ordinal);
        return harness;
    }

    [Fact]
    public async Task LaterPromptReworded_TheCustomerCarriesOnAtTheSameQuestion_WithTheirAnswers()
    {
        var source = new FlowCatalogSource(Catalog(Tasting()));
        var harness = await AtTheCityQuestionAsync(source);

        source.Publish(Catalog(Tasting(cityPrompt: "Dans quelle ville habitez-vous ?")));
        var replies = await harness.SendAsync("Lyon");

        Assert.Equal(["Merci Marie de Lyon."], replies.Messages.Take(1).Select(m => m.Text));
        Assert.DoesNotContain(Updated, replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepInsertedBeforeAQuestionWithAnId_TheCustomerCarriesOnAtThatQuestion()
    {
        var source = new FlowCatalogSource(Catalog(Tasting(cityId: "    id: city\n")));
        var harness = await AtTheCityQuestionAsync(source);

        source.Publish(Catalog(Tasting(cityId: "    id: city\n", before: "  - say: { fr: Encore une question., en: One more question. }\n")));
        var replies = await harness.SendAsync("Lyon");

        Assert.Contains("Merci Marie de Lyon.", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Updated, replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionChangedKind_TheCustomerIsToldAndStartsAgain()
    {
        var source = new FlowCatalogSource(Catalog(Tasting()));
        var harness = await AtTheCityQuestionAsync(source);

        source.Publish(Catalog(Tasting(cityKind: "number")));
        var replies = await harness.SendAsync("Lyon");

        Assert.Equal([Updated, "Bienvenue !", "Votre nom ?"], replies.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task QuestionRemoved_TheCustomerIsToldAndStartsAgain()
    {
        var source = new FlowCatalogSource(Catalog(Tasting(cityId: "    id: city\n")));
        var harness = await AtTheCityQuestionAsync(source);

        source.Publish(Catalog(Tasting(cityId: "    id: town\n")));
        var replies = await harness.SendAsync("Lyon");

        Assert.Equal([Updated, "Bienvenue !", "Votre nom ?"], replies.Messages.Select(m => m.Text));
    }

    private static string Colour(string second) => $$"""
        id: tasting
        title: { fr: Dégustation, en: Tasting }
        triggers:
          payload: TASTING
        steps:
          - ask: choice
            var: colour
            prompt: { fr: Quelle couleur ?, en: Which colour? }
            options:
              - { value: red, title: { fr: Rouge, en: Red } }
              - { value: {{second}}, title: { fr: {{(second == "blue" ? "Bleu" : "Vert")}}, en: {{(second == "blue" ? "Blue" : "Green")}} } }
          - say: { fr: "Couleur : {colour}.", en: "Colour: {colour}." }
        """;

    [Fact]
    public async Task ChoiceWhoseChosenOptionWasRemoved_IsAskedAgain_WithTheNewOptions()
    {
        var source = new FlowCatalogSource(Catalog(Colour("blue")));
        var harness = new ConversationHarness(flowSource: source);
        await harness.SendAsync("bonjour");
        Assert.Contains("Quelle couleur ?", (await harness.SendAsync("TASTING")).Text, StringComparison.Ordinal);

        source.Publish(Catalog(Colour("green")));
        var asked = await harness.SendAsync("Bleu");
        var answered = await harness.SendAsync("Vert");

        Assert.DoesNotContain("Couleur", asked.Text, StringComparison.Ordinal);
        Assert.Contains("Quelle couleur ?", asked.Text, StringComparison.Ordinal);
        Assert.Contains("Couleur : Vert.", answered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoStepsWithOneId_IsReportedAtTheSecond()
    {
        _folder.Write("tasting.yaml", Tasting(cityId: "    id: name\n").Replace("    var: name\n", "    id: name\n    var: name\n", StringComparison.Ordinal));

        var problem = _folder.SingleProblem();

        Assert.Equal(("flows/tasting.yaml", 12), (problem.File, problem.Line));
        Assert.Contains("the step id \"name\" is already used at line 8", problem.Message, StringComparison.Ordinal);
    }
}
