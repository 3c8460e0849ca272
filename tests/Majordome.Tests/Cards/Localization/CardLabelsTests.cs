using System.Text.RegularExpressions;
using Majordome.Cards;
using Majordome.Cards.Localization;

namespace Majordome.Tests.Cards.Localization;

public partial class CardLabelsTests
{
    [Fact]
    public void Keys_FrenchAndEnglish_AreTheSameSet()
    {
        var french = CardLabels.Keys("fr").ToHashSet();
        var english = CardLabels.Keys("en").ToHashSet();

        Assert.Empty(french.Except(english));
        Assert.Empty(english.Except(french));
        Assert.NotEmpty(french);
    }

    [Fact]
    public void Labels_EveryOne_IsNonEmptyWithTheSamePlaceholdersInBothLanguages()
    {
        foreach (var key in CardLabels.Keys("fr"))
        {
            var french = CardLabels.Get("fr", key);
            var english = CardLabels.Get("en", key);
            Assert.False(string.IsNullOrWhiteSpace(french), $"fr label '{key}' is empty");
            Assert.False(string.IsNullOrWhiteSpace(english), $"en label '{key}' is empty");
            Assert.Equal(Placeholders(french), Placeholders(english));
        }
    }

    [Fact]
    public void Labels_EveryCardTemplate_HasItsPrefix()
    {
        var prefixes = CardLabels.Keys("fr").Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).ToHashSet();

        Assert.All(Majordome.Cards.Templates.CardTemplates.Names, name => Assert.Contains(name, prefixes));
    }

    [Fact]
    public void Get_WithArguments_ReplacesPlaceholders()
    {
        Assert.Equal("Plus que 2 en stock", CardLabels.Get("fr", "product.lowStock", ("count", 2)));
        Assert.Equal("Only 2 left", CardLabels.Get("en-US", "product.lowStock", ("count", 2)));
    }

    [Fact]
    public void Get_UnknownKey_ThrowsNamingTheKeyAndTheFix()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => CardLabels.Get("en", "product.nope"));

        Assert.Contains("product.nope", e.Message, StringComparison.Ordinal);
        Assert.Contains("labels.*.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForCard_Product_HasCommonAndOwnLabelsWithoutPrefix()
    {
        var labels = CardLabels.ForCard("product", "en");

        Assert.Equal("Add to cart", (string?)labels["addToCart"]);
        Assert.Equal("Total", (string?)labels["total"]);
        Assert.Null(labels["checkout"]);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("EN", "en")]
    [InlineData("en_GB", "en")]
    [InlineData("de", "fr")]
    [InlineData("", "fr")]
    [InlineData(null, "fr")]
    public void Normalize_AnyLanguage_GivesASupportedOne(string? language, string expected)
    {
        Assert.Equal(expected, CardLanguage.Normalize(language));
    }

    private static string[] Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex PlaceholderPattern();
}
