using Majordome.Dialogs.Flows;

namespace Majordome.Tests.Dialogs.Flows;

public class FlowTextTests
{
    private static readonly Dictionary<string, object?> Values = new() { ["budget"] = 12.5m, ["name"] = "Zoé", ["gift"] = true };

    [Theory]
    [InlineData("fr", "Budget : 12,5 € pour Zoé ✓")]
    [InlineData("en", "Budget : 12.5 € pour Zoé ✓")]
    public void Fill_NumbersFollowTheCustomersLanguage(string language, string expected)
    {
        Assert.Equal(expected, FlowText.Fill("Budget : {budget} € pour {name} {gift}", Values, language));
    }

    // Issue 14, defect 13: a flow's answer typed as markup is escaped in the texts, kept as typed for actions and cards.
    [Fact]
    public void Fill_ValueTypedAsMarkup_IsEscapedButFillPlainKeepsIt()
    {
        var values = new Dictionary<string, object?> { ["name"] = "**Jean** [x](http://evil.example) <img src=x onerror=alert(1)>" };

        Assert.Equal(@"Merci \*\*Jean\*\* \[x\](http://evil.example) \<img src=x onerror=alert(1)\> !", FlowText.Fill("Merci {name} !", values, "fr"));
        Assert.Equal("Merci **Jean** [x](http://evil.example) <img src=x onerror=alert(1)> !", FlowText.FillPlain("Merci {name} !", values, "fr"));
    }

    [Fact]
    public void Fill_UnsetVariable_IsEmpty()
    {
        Assert.Equal("Bonjour  !", FlowText.Fill("Bonjour {missing} !", Values, "fr"));
    }

    [Fact]
    public void Variables_ListsNamesWithOffsets()
    {
        Assert.Equal([("budget", 3), ("_x", 15)], FlowText.Variables("Le {budget} et {_x}").ToList());
    }
}
