using Json.Schema;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>flow.schema.json describes the schedule step: what is sent (flow, say) and exactly one time (after, at, anniversary).</summary>
public sealed class FlowScheduleSchemaTests
{
    private const string Valid = """
        id: club
        title: { fr: Club, en: Club }
        steps:
          - ask: date-time
            var: birthday
            prompt: { fr: Date ?, en: Date? }
          - id: birthday-message
            schedule:
              flow: birthday-offer
              anniversary: birthday
              say: { fr: Joyeux anniversaire, en: Happy birthday }
          - schedule: { say: { fr: Alors ?, en: So? }, after: 2w }
          - schedule: { flow: birthday-offer, at: birthday - 1d }
          - unschedule: birthday-message
        """;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static bool IsValid(string yaml) => Schema.Value.Evaluate(YamlJson.Convert(yaml)).IsValid;

    [Fact]
    public void ScheduleSteps_AreValid() => Assert.True(IsValid(Valid));

    [Theory]
    [InlineData("after: 2w", "after: deux semaines")]
    [InlineData("after: 2w", "after: 2w, at: birthday")]
    [InlineData("after: 2w", "afer: 2w")]
    [InlineData("{ say: { fr: Alors ?, en: So? }, after: 2w }", "{ after: 2w }")]
    [InlineData("      anniversary: birthday\n", "")]
    [InlineData("flow: birthday-offer\n", "flow: Birthday Offer\n")]
    [InlineData("unschedule: birthday-message", "unschedule: [birthday-message]")]
    public void Mistake_IsRejected(string written, string mistake)
    {
        Assert.Contains(written, Valid, StringComparison.Ordinal);

        Assert.False(IsValid(Valid.Replace(written, mistake, StringComparison.Ordinal)));
    }
}
