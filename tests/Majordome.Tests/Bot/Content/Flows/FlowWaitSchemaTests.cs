using Json.Schema;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>flow.schema.json describes the wait step: a pause of seconds, or a wait of minutes to weeks.</summary>
public sealed class FlowWaitSchemaTests
{
    private const string Valid = """
        id: follow-up
        title: { fr: Suivi, en: Follow-up }
        steps:
          - wait: 2s
          - wait: 500ms
          - wait: 30min
          - wait: 3h
          - wait: 2d
          - wait: 1w
        """;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static bool IsValid(string yaml) => Schema.Value.Evaluate(YamlJson.Convert(yaml)).IsValid;

    [Fact]
    public void WaitSteps_AreValid() => Assert.True(IsValid(Valid));

    [Theory]
    [InlineData("wait: 2d", "wait: 2 days")]
    [InlineData("wait: 2d", "wait: 0d")]
    [InlineData("wait: 2d", "wait: 2y")]
    [InlineData("wait: 2s", "wait: 10s")]
    public void Mistake_IsRejected(string written, string mistake)
    {
        Assert.Contains(written, Valid, StringComparison.Ordinal);

        Assert.False(IsValid(Valid.Replace(written, mistake, StringComparison.Ordinal)));
    }
}
