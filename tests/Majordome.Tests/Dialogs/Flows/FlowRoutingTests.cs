using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Harness;
using Moq;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>Flows started by the recognizer, chained by goto, surviving a restart, and every question kind.</summary>
public sealed class FlowRoutingTests : IDisposable
{
    private const string Survey = """
        id: survey
        title: { fr: Votre avis, en: Your opinion }
        triggers:
          keywords: [avis]
        steps:
          - ask: confirm
            var: happy
            prompt: { fr: Êtes-vous satisfait ?, en: Are you happy? }
          - ask: email
            var: mail
            prompt: { fr: Votre email ?, en: Your email? }
          - ask: text
            var: comment
            prompt: { fr: Un commentaire ?, en: A comment? }
          - ask: phone
            var: phone
            prompt: { fr: Votre téléphone ?, en: Your phone? }
          - ask: date-time
            var: when
            prompt: { fr: Quand vous rappeler ?, en: When shall we call? }
          - set: score
            value: 5
          - if: happy and score >= 5
            then:
              - say: { fr: "Merci {mail} : {comment}, {phone}, {when}", en: "Thanks {mail}" }
          - goto: thanks
        """;

    private const string Thanks = """
        id: thanks
        title: { fr: Merci, en: Thanks }
        steps:
          - say: { fr: Au revoir et merci !, en: Goodbye and thanks! }
          - end: true
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FlowCatalog Catalog()
    {
        var result = _folder.Write("survey.yaml", Survey).Write("thanks.yaml", Thanks).Load();
        Assert.Empty(result.Problems);
        return new FlowCatalog(result.Flows);
    }

    [Fact]
    public async Task EveryQuestionKind_StoresItsAnswer_AndGotoStartsTheNextFlow()
    {
        var harness = new ConversationHarness(flows: Catalog());
        await harness.SendAsync("bonjour");
        Assert.Contains("Êtes-vous satisfait ?", (await harness.SendAsync("je veux donner mon avis")).Text, StringComparison.Ordinal);
        Assert.Contains("Votre email ?", (await harness.SendAsync("oui")).Text, StringComparison.Ordinal);
        Assert.Contains("Un commentaire ?", (await harness.SendAsync("marie@example.com")).Text, StringComparison.Ordinal);
        Assert.Contains("Votre téléphone ?", (await harness.SendAsync("très bon café")).Text, StringComparison.Ordinal);
        Assert.Contains("Quand vous rappeler ?", (await harness.SendAsync("06 12 34 56 78")).Text, StringComparison.Ordinal);

        var end = await harness.SendAsync("le 2 décembre 2026");

        Assert.Contains("Merci marie@example.com : très bon café, ", end.Text, StringComparison.Ordinal);
        Assert.Contains("2 décembre 2026", end.Text, StringComparison.Ordinal);
        Assert.Contains("Au revoir et merci !", end.Text, StringComparison.Ordinal);
        Assert.Contains("Puis-je vous aider", end.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionFalse_SkipsTheBranch()
    {
        var harness = new ConversationHarness(flows: Catalog());
        await harness.SendAsync("bonjour");
        await harness.SendAsync("avis");
        await harness.SendAsync("non");
        await harness.SendAsync("marie@example.com");
        await harness.SendAsync("bof");
        await harness.SendAsync("06 12 34 56 78");

        var end = await harness.SendAsync("demain");

        Assert.DoesNotContain("Merci marie", end.Text, StringComparison.Ordinal);
        Assert.Contains("Au revoir et merci !", end.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningFlow_SurvivesARestart()
    {
        var catalog = Catalog();
        var first = new ConversationHarness(flows: catalog);
        await first.SendAsync("bonjour");
        await first.SendAsync("avis");
        await first.SendAsync("oui");

        var restarted = new ConversationHarness(storage: first.Storage, flows: catalog);
        var reply = await restarted.SendAsync("marie@example.com");

        Assert.Contains("Un commentaire ?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizedIntent_IsTheFlowsId_StartsTheFlow()
    {
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<UnderstandingRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((UnderstandingRequest request, CancellationToken _) => new UnderstandingResult(
                [new IntentScore("survey", 0.9)],
                new IntentDecision(IntentDecisionKind.Confident, ["survey"]),
                request.Language,
                UnderstoodEntities.Empty));
        var harness = new ConversationHarness(flows: Catalog(), recognizer: recognizer.Object);
        await harness.SendAsync("bonjour");

        var reply = await harness.SendAsync("je voudrais vous dire ce que je pense de la commande");

        Assert.Contains("Êtes-vous satisfait ?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmbiguousIntent_ShowsTheFlowsTitleAsAButton()
    {
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<UnderstandingRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((UnderstandingRequest request, CancellationToken _) => new UnderstandingResult(
                [new IntentScore("survey", 0.45), new IntentScore(Intents.Book, 0.4)],
                new IntentDecision(IntentDecisionKind.Ambiguous, ["survey", Intents.Book]),
                request.Language,
                UnderstoodEntities.Empty));
        var harness = new ConversationHarness(flows: Catalog(), recognizer: recognizer.Object);
        await harness.SendAsync("bonjour");
        var question = await harness.SendAsync("je voudrais vous dire ce que je pense de la table");
        Assert.Contains("Votre avis", question.Text, StringComparison.Ordinal);

        var reply = await harness.SendAsync("Votre avis");

        Assert.Contains("Êtes-vous satisfait ?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_Examples_AreLabelledWithTheFlowsId()
    {
        _folder.Write("gift.yaml", "id: gift\ntitle: { fr: Cadeau, en: Gift }\ntriggers:\n  examples:\n    fr: [une idée cadeau]\n    en: [a gift idea]\nsteps:\n  - end: true\n");
        var catalog = new FlowCatalog(_folder.Load().Flows);

        Assert.Equal([new IntentExample("une idée cadeau", "gift", "fr"), new IntentExample("a gift idea", "gift", "en")], catalog.Examples());
    }
}
