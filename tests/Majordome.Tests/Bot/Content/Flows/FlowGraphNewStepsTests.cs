using Majordome.Bot.Content.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>`flows graph` draws the image, attachment question and call steps with what they do.</summary>
public sealed class FlowGraphNewStepsTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

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
