using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Templating;

public class TemplateBinderDataWhenTests
{
    private const string Data = """
        { "title": "Panier", "currency": "€", "stock": 0,
          "lines": [ { "name": "Espresso", "qty": 2, "tags": ["a", "b"] }, { "name": "Lungo", "qty": 1, "tags": [] } ],
          "origin": { "country": "Brésil" }, "none": [] }
        """;

    private static string[] Texts(JToken card) => card["body"]!.Select(e => (string)e["text"]!).ToArray();

    [Fact]
    public void Bind_DataArrayInElementList_ExpandsInPlace()
    {
        var card = Binding.Bind("""
            { "body": [ { "text": "first" }, { "$data": "${lines}", "text": "${name} × ${qty}" }, { "text": "last" } ] }
            """, Data);

        Assert.Equal(["first", "Espresso × 2", "Lungo × 1", "last"], Texts(card));
        Assert.DoesNotContain(card["body"]!, e => e["$data"] is not null);
    }

    [Fact]
    public void Bind_Repetition_ExposesIndexAndRoot()
    {
        var card = Binding.Bind("""{ "body": [ { "$data": "${lines}", "text": "${$index}. ${name} ${$root.currency}" } ] }""", Data);

        Assert.Equal(["0. Espresso €", "1. Lungo €"], Texts(card));
    }

    [Fact]
    public void Bind_NestedRepetition_InnerIndexShadowsOuter()
    {
        var card = Binding.Bind("""
            { "body": [ { "$data": "${lines}", "items": [ { "$data": "${tags}", "text": "${$index}:${$data}" } ] } ] }
            """, Data);

        Assert.Equal(["0:a", "1:b"], card["body"]![0]!["items"]!.Select(i => (string)i["text"]!));
        Assert.Empty((JArray)card["body"]![1]!["items"]!);
    }

    [Fact]
    public void Bind_DataObject_RebindsScope()
    {
        var card = Binding.Bind("""{ "body": [ { "$data": "${origin}", "text": "${country} / ${$root.title} / ${title}" } ] }""", Data);

        Assert.Equal(["Brésil / Panier / "], Texts(card));
    }

    [Fact]
    public void Bind_DataArrayOnObjectProperty_BecomesArray()
    {
        var card = Binding.Bind("""{ "facts": { "$data": "${lines}", "title": "${name}" }, "one": { "$data": "${none}", "x": 1 } }""", Data);

        Assert.Equal(["Espresso", "Lungo"], card["facts"]!.Select(f => (string)f["title"]!));
        Assert.Equal(JTokenType.Array, card["one"]!.Type);
        Assert.Empty((JArray)card["one"]!);
    }

    [Fact]
    public void Bind_EmptyOrMissingDataArray_RemovesElement()
    {
        var card = Binding.Bind("""{ "body": [ { "$data": "${none}", "text": "x" }, { "$data": "${missing}", "text": "y" }, { "text": "kept" } ] }""", Data);

        Assert.Equal(["kept"], Texts(card));
    }

    [Fact]
    public void Bind_InlineDataArray_Repeats()
    {
        var card = Binding.Bind("""{ "body": [ { "$data": [ { "n": 1 }, { "n": 2 } ], "text": "#${n}" } ] }""", Data);

        Assert.Equal(["#1", "#2"], Texts(card));
    }

    [Fact]
    public void Bind_WhenFalse_RemovesElementFromList()
    {
        var card = Binding.Bind("""
            { "body": [ { "$when": "${stock > 0}", "text": "in stock" }, { "$when": "${stock == 0}", "text": "sold out" } ] }
            """, Data);

        Assert.Equal(["sold out"], Texts(card));
        Assert.DoesNotContain(card["body"]!, e => e["$when"] is not null);
    }

    [Fact]
    public void Bind_WhenFalseOnObjectProperty_RemovesProperty()
    {
        var card = Binding.Bind("""{ "selectAction": { "$when": "${stock > 0}", "type": "Action.Submit" }, "kept": { "$when": true, "a": 1 } }""", Data);

        Assert.Null(card["selectAction"]);
        Assert.Equal(1, (int)card["kept"]!["a"]!);
    }

    [Fact]
    public void Bind_WhenWithData_FiltersEachItem()
    {
        var card = Binding.Bind("""{ "body": [ { "$data": "${lines}", "$when": "${qty > 1}", "text": "${name}" } ] }""", Data);

        Assert.Equal(["Espresso"], Texts(card));
    }

    [Theory]
    [InlineData("${stock}", true)]
    [InlineData("${''}", true)]
    [InlineData("${missing}", false)]
    [InlineData("${null}", false)]
    [InlineData("${false}", false)]
    [InlineData("${lines}", true)]
    public void Bind_WhenTruthiness_FollowsAdaptiveExpressions(string condition, bool kept)
    {
        var template = new JObject { ["body"] = new JArray(new JObject { ["$when"] = condition, ["text"] = "x" }) };

        var card = Majordome.Cards.Templating.TemplateBinder.Bind(template, JToken.Parse(Data));

        Assert.Equal(kept ? 1 : 0, ((JArray)card["body"]!).Count);
    }

    [Fact]
    public void Bind_RootWhenFalse_GivesJsonNull()
    {
        Assert.Equal(JTokenType.Null, Binding.Bind("""{ "$when": "${stock > 0}", "type": "AdaptiveCard" }""", Data).Type);
    }
}
