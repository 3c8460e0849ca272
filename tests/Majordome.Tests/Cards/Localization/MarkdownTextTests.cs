using Majordome.Cards.Localization;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Localization;

/// <summary>Issue 14, defect 13: what a customer typed is never rendered as Markdown or HTML.</summary>
public class MarkdownTextTests
{
    public const string MarkupName = "**Jean** [x](http://evil.example) <img src=x onerror=alert(1)>";

    [Fact]
    public void Escape_MarkupName_EscapesEmphasisLinkAndHtml()
    {
        Assert.Equal(@"\*\*Jean\*\* \[x\](http://evil.example) \<img src=x onerror=alert(1)\>", MarkdownText.Escape(MarkupName));
    }

    [Theory]
    [InlineData("Marie Curie")]
    [InlineData("12 rue de la Roquette, 75011 Paris")]
    [InlineData("Jean-Pierre O'Neil (appt. 3)")]
    public void Escape_OrdinaryText_IsUnchanged(string text)
    {
        Assert.Equal(text, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData(MarkupName)]
    [InlineData(@"C:\temp\*new*")]
    [InlineData("mary_smith@example.com")]
    [InlineData("# title\n> quote | `code` ~~gone~~")]
    [InlineData("")]
    public void ToPlain_OfEscape_IsTheTextAsTyped(string text)
    {
        Assert.Equal(text, MarkdownText.ToPlain(MarkdownText.Escape(text)));
    }

    [Fact]
    public void EscapeCardTexts_EscapesTextsAndFactsButNotDataOrFallback()
    {
        var card = JObject.Parse("""
            { "type": "AdaptiveCard", "fallbackText": "**x**",
              "body": [ { "type": "TextBlock", "text": "**x**" }, { "type": "FactSet", "facts": [ { "title": "<b>", "value": "[y](z)" } ] } ],
              "actions": [ { "type": "Action.Submit", "title": "Go", "data": { "name": "**x**" } } ] }
            """);

        MarkdownText.EscapeCardTexts(card);

        Assert.Equal(@"\*\*x\*\*", (string?)card["body"]![0]!["text"]);
        Assert.Equal(@"\<b\>", (string?)card["body"]![1]!["facts"]![0]!["title"]);
        Assert.Equal(@"\[y\](z)", (string?)card["body"]![1]!["facts"]![0]!["value"]);
        Assert.Equal("**x**", (string?)card["fallbackText"]);
        Assert.Equal("**x**", (string?)card["actions"]![0]!["data"]!["name"]);
    }
}
