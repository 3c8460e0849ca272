using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>A customer in a flow whose goto target was deleted finishes the flow, then is told and brought to the menu.</summary>
public sealed class FlowGotoTargetDeletedTests : IDisposable
{
    private const string Contest = """
        id: contest
        title: { fr: Jeu concours, en: Contest }
        triggers:
          keywords: [concours]
        steps:
          - ask: text
            var: city
            prompt: { fr: Votre ville ?, en: Your city? }
          - say: { fr: "Merci pour {city}.", en: "Thanks for {city}." }
          - goto: prizes
        """;

    private const string Prizes = """
        id: prizes
        title: { fr: Lots, en: Prizes }
        steps:
          - say: { fr: Voici les lots., en: Here are the prizes. }
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task GotoTargetDeletedWhileACustomerIsInTheFlow_TheFlowEnds_ThenTheCustomerIsToldAndAtTheMenu()
    {
        var loaded = _folder.Write("contest.yaml", Contest).Write("prizes.yaml", Prizes).Load();
        Assert.Empty(loaded.Problems);
        var source = new FlowCatalogSource(new FlowCatalog(loaded.Flows));
        var harness = new ConversationHarness(flowSource: source);
        await harness.SendAsync("bonjour");
        Assert.Contains("Votre ville ?", (await harness.SendAsync("le concours")).Text, StringComparison.Ordinal);

        // What the reloader serves once prizes.yaml is deleted: contest's last good version, prizes gone.
        source.Publish(new FlowCatalog(loaded.Flows.Where(f => f.Id == "contest")));
        var replies = await harness.SendAsync("Lyon");

        Assert.Contains("Merci pour Lyon.", replies.Text, StringComparison.Ordinal);
        Assert.Contains("Désolé, cette conversation n'est plus disponible. Revenons au menu.", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Voici les lots.", replies.Text, StringComparison.Ordinal);
        Assert.Contains("Comment puis-je vous aider ?", replies.Text, StringComparison.Ordinal);
    }
}
