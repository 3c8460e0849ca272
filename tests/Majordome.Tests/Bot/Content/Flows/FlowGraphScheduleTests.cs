using Majordome.Bot.Content.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>`flows graph` draws a schedule step with what it sends and when.</summary>
public sealed class FlowGraphScheduleTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ToMermaid_Schedule_SaysWhatAndWhen()
    {
        _folder.Write("offer.yaml", "id: birthday-offer\ntitle: { fr: Cadeau, en: Gift }\ntriggers: { payload: GIFT }\nsteps:\n  - say: { fr: Cadeau, en: Gift }\n");
        var result = _folder.Write("club.yaml", """
            id: club
            title: { fr: Club, en: Club }
            steps:
              - ask: date-time
                var: birthday
                prompt: { fr: Date ?, en: Date? }
              - schedule: { flow: birthday-offer, anniversary: birthday }
              - schedule: { say: { fr: Alors ?, en: So? }, after: 2w }
              - schedule: { say: { fr: Demain !, en: Tomorrow! }, at: birthday - 1d }
                id: eve
              - unschedule: eve
            """).Load();
        Assert.Empty(result.Problems);

        var mermaid = FlowGraph.ToMermaid(result.Flows.Single(f => f.Id == "club"), "en");

        Assert.Contains("s2[\"schedule flow birthday-offer, on the anniversary of birthday\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3[\"schedule say: So?, after 2w\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s4[\"schedule say: Tomorrow!, at birthday - 1d\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s5[\"unschedule eve\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s1 --> s2", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_ScheduleInMonths_SaysMo_AsTheFileWritesIt()
    {
        var result = _folder.Write("club.yaml", """
            id: club
            title: { fr: Club, en: Club }
            steps:
              - schedule: { say: { fr: Alors ?, en: So? }, after: 6mo }
            """).Load();
        Assert.Empty(result.Problems);

        var mermaid = FlowGraph.ToMermaid(result.Flows.Single(f => f.Id == "club"), "en");

        // "after 6m" would read as six minutes to whoever knows wait: 30m.
        Assert.Contains("s1[\"schedule say: So?, after 6mo\"]", mermaid, StringComparison.Ordinal);
    }
}
