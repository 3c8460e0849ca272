using System.Text.Json;
using Json.Schema;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>brand/flows/flow.schema.json (what VS Code checks as the marketer types) accepts every shipped flow and rejects wrong ones.</summary>
public sealed class FlowSchemaTests
{
    private static readonly string FlowsDirectory = Path.Combine(RepositoryRoot.BrandDirectory, "flows");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(FlowsDirectory, "flow.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string> ShippedFlows()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FlowsDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static EvaluationResults Evaluate(string yaml) =>
        Schema.Value.Evaluate(YamlJson.Convert(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [Theory]
    [MemberData(nameof(ShippedFlows))]
    public void ShippedFlow_IsValidAgainstTheSchema(string file)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(FlowsDirectory, file)));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void UnknownStepKind_IsRejected()
    {
        var results = Evaluate("""
            id: wrong
            title: { fr: Faux, en: Wrong }
            steps:
              - shout: { fr: Bonjour, en: Hello }
            """);

        Assert.False(results.IsValid);
        Assert.Contains(results.Details ?? [], d => d.InstanceLocation.ToString().StartsWith("/steps/0", StringComparison.Ordinal) && d.Errors is { Count: > 0 });
    }

    [Fact]
    public void MissingTitleLanguage_IsRejected()
    {
        var results = Evaluate("""
            id: wrong
            title: { fr: Faux }
            steps:
              - say: { fr: Bonjour, en: Hello }
            """);

        Assert.False(results.IsValid);
        Assert.Contains(results.Details ?? [], d => d.InstanceLocation.ToString() == "/title" && d.Errors is { } errors && errors.ContainsKey("required"));
    }

    [Fact]
    public void SameFlowWithBothLanguages_IsAccepted()
    {
        // The control for the two tests above: the same shape, correct, passes.
        var results = Evaluate("""
            id: right
            title: { fr: Juste, en: Right }
            steps:
              - say: { fr: Bonjour, en: Hello }
            """);

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void StepIdsAndDateBounds_AreAccepted()
    {
        var results = Evaluate("""
            id: birthday
            title: { fr: Anniversaire, en: Birthday }
            steps:
              - id: welcome
                say: { fr: Bonjour, en: Hello }
              - ask: date-time
                id: birth-date
                var: birthday
                prompt: { fr: Votre date de naissance ?, en: Your date of birth? }
                min: 1900-01-01
                max: -18y
              - ask: number
                var: age
                prompt: { fr: Âge ?, en: Age? }
                min: 18
              - if: birthday < 2008-12-06
                then: [ { say: { fr: Majeur, en: Adult } } ]
            """);

        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [InlineData("ask: date-time", "min: tomorow")]
    [InlineData("ask: number", "min: -18y")]
    [InlineData("ask: text", "min: today")]
    public void WrongBound_IsRejected(string kind, string bound)
    {
        var results = Evaluate($$"""
            id: wrong
            title: { fr: Faux, en: Wrong }
            steps:
              - {{kind}}
                var: answer
                prompt: { fr: Question ?, en: Question? }
                {{bound}}
            """);

        Assert.False(results.IsValid);
    }

    [Fact]
    public void YamlJson_TypesPlainScalarsAndKeepsQuotedOnesAsText()
    {
        var json = YamlJson.Convert("a: 5\nb: '5'\nc: true\nd: [x, 1.5]\n");

        Assert.Equal(JsonValueKind.Number, json.GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.String, json.GetProperty("b").ValueKind);
        Assert.Equal(JsonValueKind.True, json.GetProperty("c").ValueKind);
        Assert.Equal(1.5m, json.GetProperty("d")[1].GetDecimal());
    }
}
