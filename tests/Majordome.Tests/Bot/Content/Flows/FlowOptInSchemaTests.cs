using Json.Schema;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>flow.schema.json describes the opt-in step: a known topic, the question, optional yes/no texts and variable.</summary>
public sealed class FlowOptInSchemaTests
{
    private const string Valid = """
        id: newsletter
        title: { fr: Nouveautés, en: News }
        steps:
          - opt-in: { topic: marketing, ask: { fr: Nos offres ?, en: Our offers? } }
          - id: remind-me
            opt-in:
              topic: reminders
              ask: { fr: Des rappels ?, en: Reminders? }
              yes: { fr: Merci, en: Thanks }
              no: { fr: Tant pis, en: Never mind }
              var: reminded
        """;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static bool IsValid(string yaml) => Schema.Value.Evaluate(YamlJson.Convert(yaml)).IsValid;

    [Fact]
    public void OptInSteps_AreValid() => Assert.True(IsValid(Valid));

    [Theory]
    [InlineData("topic: marketing,", "topic: marketting,")]
    [InlineData("topic: marketing,", "")]
    [InlineData(", ask: { fr: Nos offres ?, en: Our offers? }", "")]
    [InlineData("yes: { fr: Merci, en: Thanks }", "yes: { fr: Merci }")]
    [InlineData("yes: { fr: Merci, en: Thanks }", "yse: { fr: Merci, en: Thanks }")]
    [InlineData("var: reminded", "var: 2reminded")]
    [InlineData("- opt-in: { topic: marketing, ask: { fr: Nos offres ?, en: Our offers? } }", "- opt-in: marketing")]
    public void Mistake_IsRejected(string written, string mistake)
    {
        Assert.Contains(written, Valid, StringComparison.Ordinal);

        Assert.False(IsValid(Valid.Replace(written, mistake, StringComparison.Ordinal)));
    }
}
