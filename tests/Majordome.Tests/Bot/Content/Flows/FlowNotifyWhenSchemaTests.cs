using Json.Schema;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>flow.schema.json describes the notify-when step: back-in-stock (a sku or a quoted variable) and an optional say.</summary>
public sealed class FlowNotifyWhenSchemaTests
{
    private const string Valid = """
        id: restock
        title: { fr: Alerte, en: Alert }
        steps:
          - notify-when: { back-in-stock: CAP-MINUIT }
          - id: tell-me
            notify-when:
              back-in-stock: "{product}"
              say: { fr: Promis, en: Promised }
        """;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static bool IsValid(string yaml) => Schema.Value.Evaluate(YamlJson.Convert(yaml)).IsValid;

    [Fact]
    public void NotifyWhenSteps_AreValid() => Assert.True(IsValid(Valid));

    [Theory]
    [InlineData("{ back-in-stock: CAP-MINUIT }", "{ }")]
    [InlineData("{ back-in-stock: CAP-MINUIT }", "{ back-in-stok: CAP-MINUIT }")]
    [InlineData("{ back-in-stock: CAP-MINUIT }", "{ back-in-stock: CAP-MINUIT, after: 2w }")]
    [InlineData("{ back-in-stock: CAP-MINUIT }", "{ back-in-stock: [CAP-MINUIT] }")]
    [InlineData("{ back-in-stock: CAP-MINUIT }", "{ back-in-stock: \"\" }")]
    [InlineData("say: { fr: Promis, en: Promised }", "say: { fr: Promis }")]
    [InlineData("notify-when: { back-in-stock: CAP-MINUIT }", "notify-when: CAP-MINUIT")]
    public void Mistake_IsRejected(string written, string mistake)
    {
        Assert.Contains(written, Valid, StringComparison.Ordinal);

        Assert.False(IsValid(Valid.Replace(written, mistake, StringComparison.Ordinal)));
    }
}
