using Majordome.Bot.Content.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>`flows graph` draws a notify-when step with the product the customer waits for.</summary>
public sealed class FlowGraphNotifyWhenTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ToMermaid_NotifyWhen_NamesTheProduct_AndTheConfirmation()
    {
        var result = _folder.Write("restock.yaml", """
            id: restock
            title: { fr: Alerte, en: Alert }
            steps:
              - ask: text
                var: product
                prompt: { fr: Quel produit ?, en: Which product? }
              - notify-when: { back-in-stock: CAP-MINUIT }
              - notify-when: { back-in-stock: "{product}", say: { fr: Promis, en: Promised } }
            """).Load();
        Assert.Empty(result.Problems);

        var mermaid = FlowGraph.ToMermaid(result.Flows.Single(f => f.Id == "restock"), "en");

        Assert.Contains("s2[\"notify when CAP-MINUIT is back in stock\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3[\"notify when {product} is back in stock, say: Promised\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s1 --> s2", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2 --> s3", mermaid, StringComparison.Ordinal);
    }
}
