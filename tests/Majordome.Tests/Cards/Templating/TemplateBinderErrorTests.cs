using Majordome.Cards.Templating;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Templating;

public class TemplateBinderErrorTests
{
    [Theory]
    [InlineData("${price >}", "unexpected end of expression")]
    [InlineData("${(price}", "expected ')'")]
    [InlineData("${price)}", "unexpected ')'")]
    [InlineData("${'open}", "no closing '}'")]
    [InlineData("${}", "empty expression")]
    [InlineData("${price", "no closing '}'")]
    [InlineData("Total ${price} and ${", "no closing '}'")]
    [InlineData("${price # 2}", "unexpected character '#'")]
    [InlineData("${price = 2}", "unexpected character '='")]
    [InlineData("${eval('1')}", "unknown function 'eval'")]
    [InlineData("${formatNumber(1)}", "formatNumber takes 2 to 3 arguments, not 1")]
    [InlineData("${toUpper()}", "toUpper takes 1 arguments, not 0")]
    [InlineData("${$foo}", "unknown variable '$foo'")]
    [InlineData("${items[0}", "expected ']'")]
    [InlineData("${origin.}", "expected a property name after '.'")]
    [InlineData("${a b}", "unexpected 'b'")]
    [InlineData("${if(a, b c)}", "expected ')' or ','")]
    public void Bind_MalformedExpression_ThrowsNamingTemplatePathAndProblem(string text, string problem)
    {
        var template = new JObject { ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = text }) };

        var e = Assert.Throws<TemplateException>(() => TemplateBinder.Bind(template, new JObject(), Binding.Options(strict: false)));

        Assert.Equal("test.json", e.TemplateName);
        Assert.Equal("$.body[0].text", e.JsonPath);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("Template 'test.json', property '$.body[0].text': ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_MalformedWhen_NamesTheWhenProperty()
    {
        var e = Assert.Throws<TemplateException>(() => Binding.Bind("""{ "body": [ { "$when": "${stock >}" } ] }""", "{}"));

        Assert.Equal("$.body[0].$when", e.JsonPath);
    }

    [Fact]
    public void Validate_MalformedExpressionInHiddenElement_IsFound()
    {
        var template = JObject.Parse("""{ "body": [ { "$when": "${false}", "text": "${oops(}" } ] }""");

        Assert.Empty((JArray)TemplateBinder.Bind(template, new JObject())["body"]!);
        var e = Assert.Throws<TemplateException>(() => TemplateBinder.Validate(template, "hidden.json"));
        Assert.Equal("hidden.json", e.TemplateName);
        Assert.Equal("$.body[0].text", e.JsonPath);
    }

    [Fact]
    public void Validate_WellFormedTemplate_DoesNotThrow()
    {
        TemplateBinder.Validate(JObject.Parse("""{ "a": "${x > 1 && !empty(y)}", "b": ["${$root.z[0]}", 1, null] }"""), "ok.json");
    }

    [Fact]
    public void Bind_StrictModeWithMissingPaths_ReportsEveryOneWithItsPath()
    {
        const string template = """{ "body": [ { "text": "${name}" }, { "$data": "${lines}", "text": "${label} ${qty}" }, { "text": "${$root.missing.deep}" } ] }""";
        const string data = """{ "name": "ok", "lines": [ { "qty": 1 } ] }""";

        var e = Assert.Throws<MissingTemplateDataException>(() => Binding.Bind(template, data, strict: true));

        Assert.Equal(
            [new MissingPath("$.body[1].text", "label"), new MissingPath("$.body[2].text", "$root.missing.deep")],
            e.MissingPaths);
        Assert.Equal("test.json", e.TemplateName);
        Assert.Contains("'label' (at $.body[1].text)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_StrictModeWithMissingData_ReportsThePath()
    {
        var e = Assert.Throws<MissingTemplateDataException>(() => Binding.Bind("""{ "body": [ { "$data": "${lines}", "text": "x" } ] }""", "{}", strict: true));

        Assert.Equal([new MissingPath("$.body[0].$data", "lines")], e.MissingPaths);
    }

    [Fact]
    public void Bind_LenientModeWithMissingPaths_DoesNotThrow()
    {
        var card = Binding.Bind("""{ "text": "${name}" }""", "{}", strict: false);

        Assert.Equal(string.Empty, (string?)card["text"]);
    }

    [Fact]
    public void Bind_StrictModeWithJsonNull_DoesNotReportIt()
    {
        Assert.Equal(JTokenType.Null, Binding.Evaluate("nothing", """{ "nothing": null }""", strict: true).Type);
    }
}
