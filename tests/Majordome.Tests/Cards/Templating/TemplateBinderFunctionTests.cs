using Majordome.Cards.Templating;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Templating;

public class TemplateBinderFunctionTests
{
    private const string Data = """
        { "price": 1234.5, "name": "Tasse", "flag": true, "items": [1, 2, 3], "words": ["a", "b"], "empty": "", "none": [], "obj": {},
          "raw": "{\"a\": 1}", "bad": "not json", "nothing": null }
        """;

    [Theory]
    [InlineData("formatNumber(price, 2)", "1,234.50")]
    [InlineData("formatNumber(1234.567, 2)", "1,234.57")]
    [InlineData("formatNumber(3, 0)", "3")]
    [InlineData("formatNumber(price, 1, 'en-GB')", "1,234.5")]
    [InlineData("formatNumber(missing, 2)", "")]
    [InlineData("if(flag, 'yes', 'no')", "yes")]
    [InlineData("if(missing, 'yes', 'no')", "no")]
    [InlineData("toUpper(name)", "TASSE")]
    [InlineData("toLower(name)", "tasse")]
    [InlineData("toUpper(missing)", "")]
    [InlineData("string(price)", "1234.5")]
    [InlineData("concat('a', name, 1)", "aTasse1")]
    [InlineData("join(words, ', ')", "a, b")]
    [InlineData("join(missing, ', ')", "")]
    [InlineData("json(bad)", "")]
    public void Evaluate_Functions_GiveText(string expression, string expected)
    {
        Assert.Equal(expected, (string?)Binding.Evaluate(expression, Data));
    }

    [Fact]
    public void Evaluate_FormatNumberWithFrenchLocale_UsesFrenchSeparators()
    {
        var text = (string)Binding.Evaluate("formatNumber(price, 2, 'fr-FR')", Data)!;

        // ICU versions differ on the group separator (U+00A0 or U+202F); both are a space to a reader.
        Assert.Equal("1 234,50", text.Replace('\u202F', ' ').Replace('\u00A0', ' '));
    }

    [Theory]
    [InlineData("count(items)", 3)]
    [InlineData("count(name)", 5)]
    [InlineData("count(obj)", 0)]
    [InlineData("count(missing)", 0)]
    [InlineData("count(price)", 0)]
    public void Evaluate_Count_CountsItemsAndCharacters(string expression, long expected)
    {
        Assert.Equal(expected, Binding.Evaluate(expression, Data).Value<long>());
    }

    [Theory]
    [InlineData("empty(empty)", true)]
    [InlineData("empty(none)", true)]
    [InlineData("empty(obj)", true)]
    [InlineData("empty(nothing)", true)]
    [InlineData("empty(missing)", true)]
    [InlineData("empty(name)", false)]
    [InlineData("empty(items)", false)]
    [InlineData("empty(0)", false)]
    public void Evaluate_Empty_TellsNothingFromSomething(string expression, bool expected)
    {
        Assert.Equal(expected, Binding.Evaluate(expression, Data).Value<bool>());
    }

    [Fact]
    public void Evaluate_Json_ParsesToObject()
    {
        var v = Binding.Evaluate("json(raw)", Data);

        Assert.Equal(1, (int)v["a"]!);
    }

    [Fact]
    public void Evaluate_IfInStrictMode_EvaluatesOnlyTheChosenBranch()
    {
        Assert.Equal("ok", (string?)Binding.Evaluate("if(flag, 'ok', missing)", Data, strict: true));
    }

    [Fact]
    public void Evaluate_EmptyAndCountInStrictMode_DoNotReportMissing()
    {
        Assert.True(Binding.Evaluate("empty(missing) && count(alsoMissing) == 0", Data, strict: true).Value<bool>());
    }

    [Theory]
    [InlineData("formatNumber(price, 'two')")]
    [InlineData("formatNumber(price, 99)")]
    [InlineData("formatNumber(price, 2, 'xx-NOT-A-LOCALE-xx')")]
    public void Evaluate_FormatNumberWithBadArguments_ThrowsNamingTemplateAndPath(string expression)
    {
        var e = Assert.Throws<TemplateException>(() => Binding.Evaluate(expression, Data));

        Assert.Equal(Binding.TemplateName, e.TemplateName);
        Assert.Equal("$.v", e.JsonPath);
        Assert.Contains("formatNumber", e.Message, StringComparison.Ordinal);
    }
}
