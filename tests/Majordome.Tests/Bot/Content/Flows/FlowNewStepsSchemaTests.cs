using Json.Schema;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>flow.schema.json describes the image, attachment question and call steps, inputs and the menu place.</summary>
public sealed class FlowNewStepsSchemaTests
{
    private const string Valid = """
        id: repair
        title: { fr: Réparation, en: Repair }
        inputs: [machine]
        menu:
          order: 4
          show-in: [menu, ice-breakers]
          ice-breaker: { fr: Machine en panne ?, en: Machine broken? }
        steps:
          - image: /media/machines/barista.jpg
            alt: { fr: La Barista, en: The Barista }
          - ask: attachment
            var: photo
            prompt: { fr: Une photo ?, en: A photo? }
          - call: warranty-check
            with: { machine: "{machine}" }
            returns: [covered]
          - loop: 3
            until: covered
            steps:
              - say: { fr: Encore, en: Again }
        """;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static bool IsValid(string yaml) => Schema.Value.Evaluate(YamlJson.Convert(yaml)).IsValid;

    [Fact]
    public void NewStepsInputsAndMenu_AreValid() => Assert.True(IsValid(Valid));

    [Theory]
    [InlineData("image: /media/machines/barista.jpg", "image: http://images.example.com/a.jpg")]
    [InlineData("    alt: { fr: La Barista, en: The Barista }\n", "")]
    [InlineData("ask: attachment", "ask: attachement")]
    [InlineData("returns: [covered]", "returns: covered")]
    [InlineData("  order: 4\n", "")]
    [InlineData("show-in: [menu, ice-breakers]", "show-in: [menu, persistant-menu]")]
    [InlineData("loop: 3", "loop: 50")]
    public void Mistake_IsRejected(string written, string mistake)
    {
        Assert.Contains(written, Valid, StringComparison.Ordinal);

        Assert.False(IsValid(Valid.Replace(written, mistake, StringComparison.Ordinal)));
    }
}
