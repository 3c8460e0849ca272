using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Templating;

public class TemplateBinderOperatorTests
{
    private const string Data = """{ "stock": 3, "zero": 0, "price": 4.5, "name": "Tasse", "flag": true, "items": [1, 2], "nothing": null }""";

    [Theory]
    [InlineData("stock > 0", true)]
    [InlineData("stock > 3", false)]
    [InlineData("stock >= 3", true)]
    [InlineData("stock < 3", false)]
    [InlineData("stock <= 3", true)]
    [InlineData("stock == 3", true)]
    [InlineData("stock == 3.0", true)]
    [InlineData("stock != 3", false)]
    [InlineData("price == 4.5", true)]
    [InlineData("price > stock", true)]
    [InlineData("name == 'Tasse'", true)]
    [InlineData("name == \"Tasse\"", true)]
    [InlineData("name != 'tasse'", true)]
    [InlineData("name < 'Z'", true)]
    [InlineData("flag == true", true)]
    [InlineData("!flag", false)]
    [InlineData("!!flag", true)]
    [InlineData("!missing", true)]
    [InlineData("flag && stock > 5", false)]
    [InlineData("flag || stock > 5", true)]
    [InlineData("!(stock > 5)", true)]
    [InlineData("stock > 0 && zero == 0 || false", true)]
    [InlineData("false || stock > 0 && zero > 0", false)]
    [InlineData("missing == null", true)]
    [InlineData("nothing == null", true)]
    [InlineData("zero == null", false)]
    [InlineData("missing > 0", false)]
    [InlineData("name > 1", false)]
    [InlineData("1 < 2 == true", true)]
    [InlineData("items == items", true)]
    public void Evaluate_Comparisons_GiveBooleans(string expression, bool expected)
    {
        var v = Binding.Evaluate(expression, Data);

        Assert.Equal(JTokenType.Boolean, v.Type);
        Assert.Equal(expected, v.Value<bool>());
    }

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("stock - 1", "2")]
    [InlineData("stock + 1", "4")]
    [InlineData("-stock", "-3")]
    [InlineData("price * 2", "9.0")]
    [InlineData("0.1 * 3", "0.3")]
    [InlineData("'n° ' + stock", "n° 3")]
    [InlineData("name + '!'", "Tasse!")]
    [InlineData("missing + 1", "")]
    public void Evaluate_Arithmetic_ComputesValues(string expression, string expected)
    {
        Assert.Equal(expected, Majordome.Cards.Templating.TemplateBinder.Bind(
            new JObject { ["v"] = "=${" + expression + "}" }, JToken.Parse(Data))["v"]!.Value<string>()![1..]);
    }

    [Fact]
    public void Evaluate_IntegerArithmetic_KeepsIntegerType()
    {
        Assert.Equal(JTokenType.Integer, Binding.Evaluate("stock + 1", Data).Type);
    }

    [Theory]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"a \\\"b\\\"\"", "a \"b\"")]
    [InlineData("'a}b{c'", "a}b{c")]
    [InlineData("  name  ", "Tasse")]
    public void Evaluate_StringLiteralsAndSpacing_AreRead(string expression, string expected)
    {
        Assert.Equal(expected, (string?)Binding.Evaluate(expression, Data));
    }
}
