using Json.Schema;
using Majordome.Tests.Bot.Analytics.Experiments;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>flow.schema.json describes experiments: the marketer's editor accepts a good one and flags what the validator refuses.</summary>
public sealed class FlowExperimentSchemaTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-schema-experiment", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_brand))
        {
            Directory.Delete(_brand, recursive: true);
        }
    }

    private static bool IsValid(string yaml) => Schema.Value.Evaluate(YamlJson.Convert(yaml)).IsValid;

    private static string Flow(string experiment, string variant = "b") => $"""
        id: welcome
        title: {"{"} fr: Accueil, en: Welcome {"}"}
        {experiment}
        steps:
          - say: {"{"} fr: Bonjour, en: Hello {"}"}
            variant: {variant}
        """;

    [Fact]
    public void GiftFinderExperiment_IsValid()
    {
        GiftFinderExperimentBrand.Write(_brand);

        Assert.True(IsValid(File.ReadAllText(Path.Combine(_brand, "flows", "gift-finder.yaml"))));
    }

    [Theory]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: order, within: 7d }", "b", true)]
    [InlineData("experiment: test-2\nvariants: { a: 1, b: 3 }\nconversion: { event: tag, tag: vip, within: 48h }", "[a, b]", true)]
    [InlineData("variants: { a: 0, b: 50 }\nconversion: { event: order }", "b", false)]
    [InlineData("variants: { a: 50 }\nconversion: { event: order }", "a", false)]
    [InlineData("variants: { a: 50, b: 50 }", "b", false)]
    [InlineData("conversion: { event: end }", "b", false)]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: purchase }", "b", false)]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: tag }", "b", false)]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: order, within: 7 days }", "b", false)]
    [InlineData("variants: { a: 50, b: 50 }\nconversion: { event: order }", "B", false)]
    public void Experiment_IsCheckedByTheSchema(string experiment, string variant, bool valid)
    {
        Assert.Equal(valid, IsValid(Flow(experiment, variant)));
    }
}
