using Majordome.Dialogs.Localization;

namespace Majordome.Tests.Dialogs.Localization;

public class LocalizerTests
{
    [Fact]
    public void Default_EveryKeyExistsInEveryLanguageWithTheSamePlaceholders()
    {
        Assert.Empty(Localizer.Default.Validate());
    }

    // Issue 14, defect 13: a name typed as markup was shown bold, with a live link and an image request.
    [Fact]
    public void Get_ValueTypedAsMarkup_IsEscaped()
    {
        var text = Localizer.Default.Get("en", "booking.confirm", new { party = 2, boutique = "Maison Tasse Lyon", when = "Saturday", name = "**Jean** [x](http://evil.example) <img src=x onerror=alert(1)>" });

        Assert.Contains(@"under the name \*\*Jean\*\* \[x\](http://evil.example) \<img src=x onerror=alert(1)\>.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GetPlain_Value_IsInsertedAsItIs()
    {
        Assert.Contains("A*B & <C>", Localizer.Default.GetPlain("en", "webchat.title", new { brand = "A*B & <C>" }), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeyMissingInOneLanguage_NamesFileAndKey()
    {
        var localizer = new Localizer(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["fr"] = new Dictionary<string, string> { ["a"] = "A", ["b"] = "B {x}" },
            ["en"] = new Dictionary<string, string> { ["a"] = "A", ["b"] = "B {y}" },
        });

        var problems = localizer.Validate();

        Assert.Contains(problems, p => p.Contains("strings.en.json", StringComparison.Ordinal) && p.Contains("'b'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Merci d'indiquer un nombre entre 1,5 et 8.")]
    [InlineData("en", "Please give a number between 1.5 and 8.")]
    public void Get_FormatsNumbersInTheLanguageCulture(string language, string expected)
    {
        Assert.Equal(expected, Localizer.Default.Get(language, "prompt.number.between", new { min = 1.5m, max = 8 }));
    }

    [Fact]
    public void Get_UnknownKey_SaysWhereToAddIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Localizer.Default.Get("en", "no.such.key"));

        Assert.Contains("strings.en.json", error.Message);
    }

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("en_US", "en")]
    [InlineData("EN", "en")]
    [InlineData("de-DE", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FromLocale_MapsSupportedLocales(string? locale, string? expected)
    {
        Assert.Equal(expected, Languages.FromLocale(locale));
    }
}
