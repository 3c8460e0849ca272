using Majordome.Cards.Templating;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Templating;

public class TemplateBinderPathTests
{
    private const string Data = """
        { "name": "Espresso", "price": 4.5, "stock": 3, "inStock": true, "origin": { "country": "Brésil", "farm": { "name": "Fazenda" } },
          "items": [ { "name": "a" }, { "name": "b" } ], "tags": ["doux", "rond"], "nothing": null }
        """;

    [Fact]
    public void Bind_WholeStringNumber_KeepsJsonNumber()
    {
        var v = Binding.Evaluate("price", Data);

        Assert.Equal(JTokenType.Float, v.Type);
        Assert.Equal(4.5, v.Value<double>());
        Assert.Equal(JTokenType.Integer, Binding.Evaluate("stock", Data).Type);
    }

    [Fact]
    public void Bind_WholeStringBoolean_KeepsJsonBoolean()
    {
        var v = Binding.Evaluate("inStock", Data);

        Assert.Equal(JTokenType.Boolean, v.Type);
        Assert.True(v.Value<bool>());
    }

    [Fact]
    public void Bind_WholeStringObjectAndArray_KeepJsonStructure()
    {
        Assert.Equal("Brésil", (string?)Binding.Evaluate("origin", Data)["country"]);
        Assert.Equal(new[] { "doux", "rond" }, Binding.Evaluate("tags", Data).Values<string>());
    }

    [Fact]
    public void Bind_EmbeddedExpressions_BecomeOneString()
    {
        var card = Binding.Bind("""{ "text": "Total: ${price} € (${stock} left, ${inStock})" }""", Data);

        Assert.Equal("Total: 4.5 € (3 left, true)", (string?)card["text"]);
    }

    [Theory]
    [InlineData("origin.country", "Brésil")]
    [InlineData("origin.farm.name", "Fazenda")]
    [InlineData("items[0].name", "a")]
    [InlineData("items[1].name", "b")]
    [InlineData("tags[1]", "rond")]
    [InlineData("origin['country']", "Brésil")]
    [InlineData("items[stock - 2].name", "b")]
    [InlineData("$root.name", "Espresso")]
    [InlineData("$data.name", "Espresso")]
    public void Bind_Paths_ResolveAgainstData(string path, string expected)
    {
        Assert.Equal(expected, (string?)Binding.Evaluate(path, Data));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("origin.missing")]
    [InlineData("items[5].name")]
    [InlineData("items[-1]")]
    [InlineData("name.length")]
    [InlineData("tags['x']")]
    [InlineData("$index")]
    public void Bind_MissingWholeStringPath_BindsEmptyString(string path)
    {
        var v = Binding.Evaluate(path, Data);

        Assert.Equal(JTokenType.String, v.Type);
        Assert.Equal(string.Empty, (string?)v);
    }

    [Fact]
    public void Bind_MissingEmbeddedPath_BindsEmptyText()
    {
        var card = Binding.Bind("""{ "text": "[${missing}] [${nothing}]" }""", Data);

        Assert.Equal("[] []", (string?)card["text"]);
    }

    [Fact]
    public void Bind_JsonNullValue_StaysNullWhenWholeString()
    {
        Assert.Equal(JTokenType.Null, Binding.Evaluate("nothing", Data).Type);
    }

    [Fact]
    public void Bind_ValuesWithoutExpressions_AreCopiedUnchanged()
    {
        const string template = """{ "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "n": 1, "b": false, "z": null, "s": "$ {x} and {y}", "a": [1, "two"] }""";

        var card = Binding.Bind(template, Data);

        Assert.True(JToken.DeepEquals(JToken.Parse(template), card));
    }

    [Fact]
    public void Bind_Template_IsNotModified()
    {
        var template = JObject.Parse("""{ "body": [ { "$data": "${items}", "text": "${name}" } ], "$when": "${true}" }""");
        var before = template.DeepClone();

        TemplateBinder.Bind(template, JToken.Parse(Data));

        Assert.True(JToken.DeepEquals(before, template));
    }

    [Fact]
    public void Bind_NullData_BindsEveryPathAsMissing()
    {
        var card = TemplateBinder.Bind(JObject.Parse("""{ "text": "x${name}x" }"""), data: null);

        Assert.Equal("xx", (string?)card["text"]);
    }

    [Fact]
    public void Bind_BoundObjectFromData_IsACopy()
    {
        var data = JObject.Parse(Data);

        var card = TemplateBinder.Bind(JObject.Parse("""{ "o": "${origin}" }"""), data);
        ((JObject)card["o"]!)["country"] = "changed";

        Assert.Equal("Brésil", (string?)data["origin"]!["country"]);
    }

    [Fact]
    public void Bind_JValueHoldingNullString_CountsAsNull()
    {
        // What view["phone"] = (string?)null creates: a JValue typed String whose value is null.
        var data = new JObject { ["phone"] = (string?)null };

        var card = TemplateBinder.Bind(JObject.Parse("""{ "a": "${phone == null}", "b": "${empty(phone)}", "c": "[${phone}]", "d": "${!phone}" }"""), data);

        Assert.True((bool)card["a"]!);
        Assert.True((bool)card["b"]!);
        Assert.Equal("[]", (string?)card["c"]);
        Assert.True((bool)card["d"]!);
    }

    [Fact]
    public void Bind_DataContainingExpressionSyntax_IsInsertedAsIsNeverEvaluated()
    {
        // A customer-supplied or catalog string must never be able to run template code.
        var data = new JObject { ["note"] = "${$root.secret} ${", ["secret"] = "x" };

        var card = TemplateBinder.Bind(JObject.Parse("""{ "a": "${note}", "b": "Note: ${note}" }"""), data);

        Assert.Equal("${$root.secret} ${", (string?)card["a"]);
        Assert.Equal("Note: ${$root.secret} ${", (string?)card["b"]);
    }
}
