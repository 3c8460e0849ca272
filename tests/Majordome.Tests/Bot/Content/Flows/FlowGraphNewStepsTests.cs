using Majordome.Bot.Content.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>`flows graph` draws the image, attachment question and call steps with what they do.</summary>
public sealed class FlowGraphNewStepsTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ToMermaid_Loop_GoesBackToItsStepsUntilItsCondition()
    {
        var result = _folder.Write("quiz.yaml", """
            id: quiz
            title: { fr: Quiz, en: Quiz }
            steps:
              - loop: 3
                until: answer == "yes"
                steps:
                  - ask: text
                    var: answer
                    prompt: { fr: Prêt ?, en: Ready? }
              - say: { fr: Parti, en: Go }
            """).Load();
        Assert.Empty(result.Problems);

        var mermaid = FlowGraph.ToMermaid(Assert.Single(result.Flows), "en");

        Assert.Contains("s2{\"answer == \"yes\" or 3 times done?\"}".Replace("\"yes\"", "#quot;yes#quot;", StringComparison.Ordinal), mermaid, StringComparison.Ordinal);
        Assert.Contains("s1 --> s2", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2 -->|no| s1", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2 -->|yes| s3", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_LabelsImageAttachmentAndCall()
    {
        _folder.Write("warranty.yaml", "id: warranty-check\ntitle: { fr: Garantie, en: Warranty }\nsteps:\n  - set: covered\n    value: \"true\"\n");
        var result = _folder.Write("repair.yaml", """
            id: repair
            title: { fr: Réparation, en: Repair }
            steps:
              - image: https://images.example.com/a.jpg
                alt: { fr: La machine Barista, en: The Barista machine }
              - ask: attachment
                var: photo
                prompt: { fr: Une photo de la panne ?, en: A photo of the fault? }
              - call: warranty-check
                returns: [covered]
            """).Load();
        Assert.Empty(result.Problems);

        var mermaid = FlowGraph.ToMermaid(result.Flows.Single(f => f.Id == "repair"), "en");

        Assert.Contains("s1[\"image: The Barista machine\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2[\"ask attachment → photo: A photo of the fault?\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3[\"call flow warranty-check → covered\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s2 --> s3", mermaid, StringComparison.Ordinal);
    }
}
