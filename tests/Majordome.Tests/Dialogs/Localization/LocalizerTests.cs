using Majordome.Dialogs.Localization;

namespace Majordome.Tests.Dialogs.Localization;

public class LocalizerTests
{
    [Fact]
    public void Default_EveryKeyExistsInEveryLanguageWithTheSamePlaceholders()
    {
        Assert.Empty(Localizer.Default.Validate());
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
