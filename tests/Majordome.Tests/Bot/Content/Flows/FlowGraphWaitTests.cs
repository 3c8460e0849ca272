using Majordome.Bot.Content.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>`flows graph` draws a wait with its delay, and says when the flow goes on later in a message written first.</summary>
public sealed class FlowGraphWaitTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ToMermaid_Wait_ShowsTheDelay_AndWhetherTheFlowGoesOnLater()
    {
        var result = _folder.Write("follow-up.yaml", """
            id: follow-up
            title: { fr: Suivi, en: Follow-up }
            steps:
              - say: { fr: Merci, en: Thanks }
              - wait: 2s
              - wait: 2d
              - wait: 36h
              - wait: 90min
              - say: { fr: Alors ?, en: So? }
            """).Load();
        Assert.Empty(result.Problems);

        var mermaid = FlowGraph.ToMermaid(result.Flows.Single(f => f.Id == "follow-up"), "en");

        Assert.Contains("s2[\"wait 2s\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3[\"wait 2d, then go on in a message written first\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s4[\"wait 36h, then go on in a message written first\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s5[\"wait 90min, then go on in a message written first\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s5 --> s6", mermaid, StringComparison.Ordinal);
    }
}
