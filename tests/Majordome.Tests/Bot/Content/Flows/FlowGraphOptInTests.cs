using Majordome.Bot.Content.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>`flows graph` draws an opt-in step with its topic, its variable and its question.</summary>
public sealed class FlowGraphOptInTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ToMermaid_OptIn_NamesTheTopic_TheVariable_AndTheQuestion()
    {
        var result = _folder.Write("newsletter.yaml", """
            id: newsletter
            title: { fr: Nouveautés, en: News }
            steps:
              - say: { fr: Bonjour, en: Hello }
              - opt-in: { topic: marketing, ask: { fr: Nos offres ?, en: Our offers? }, var: subscribed }
              - opt-in: { topic: reminders, ask: { fr: Des rappels ?, en: Reminders? } }
            """).Load();
        Assert.Empty(result.Problems);

        var mermaid = FlowGraph.ToMermaid(result.Flows.Single(f => f.Id == "newsletter"), "en");

        Assert.Contains("s2[\"opt-in marketing → subscribed: Our offers?\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3[\"opt-in reminders: Reminders?\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s1 --> s2", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2 --> s3", mermaid, StringComparison.Ordinal);
    }
}
