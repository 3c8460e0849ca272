using Majordome.Cards;
using Majordome.Cards.Templates;
using Majordome.Cards.Templating;
using Majordome.Cards.Validation;

namespace Majordome.Tests.Cards;

/// <summary>Checks every template and every rendered sample card, in both languages.</summary>
public class AllCardsTests
{
    public static TheoryData<string> Languages => new(SampleCards.Languages);

    public static TheoryData<string> TemplateNames => new(CardTemplates.Names);

    [Fact]
    public void Templates_AreTheEightCards()
    {
        Assert.Equal(
            ["booking-confirmation", "cart", "location", "menu", "order-receipt", "order-status", "product", "product-carousel"],
            CardTemplates.Names);
    }

    [Fact]
    public void Samples_CoverEveryTemplate()
    {
        Assert.Equal(CardTemplates.Names, SampleCards.RenderAll("fr").Select(c => c.Template).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Validate_EveryTemplate_HasOnlyWellFormedExpressions(string name)
    {
        TemplateBinder.Validate(CardTemplates.Load(name), name + ".json");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_EverySample_PassesTheLimitsChecker(string language)
    {
        foreach (var (name, _, card) in SampleCards.RenderAll(language))
        {
            var problems = CardLimitsChecker.Check(card);
            Assert.True(problems.Count == 0, $"{name} ({language}): {string.Join("; ", problems)}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_EverySample_DeclaresVersionLanguageAndFallback(string language)
    {
        foreach (var (name, _, card) in SampleCards.RenderAll(language))
        {
            Assert.Equal("1.5", (string?)card["version"]);
            Assert.Equal(language, (string?)card["lang"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]), name);
        }
    }

    [Fact]
    public void Render_UnsupportedLanguage_FallsBackToFrench()
    {
        var card = Majordome.Cards.Menu.MenuCard.Render(SampleCards.Menu, "de-DE", strict: true);

        Assert.Equal(CardLanguage.French, (string?)card["lang"]);
    }

    [Fact]
    public void Load_Template_ReturnsAnIndependentCopy()
    {
        var copy = CardTemplates.Load("product");
        copy["version"] = "changed";

        Assert.Equal("1.5", (string?)CardTemplates.Load("product")["version"]);
    }

    [Fact]
    public void Load_UnknownTemplate_ListsTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => CardTemplates.Load("nope"));

        Assert.Contains("product-carousel", e.Message, StringComparison.Ordinal);
    }
}
