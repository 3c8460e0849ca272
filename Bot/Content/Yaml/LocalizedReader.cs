using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.Content.Yaml;

/// <summary>Reads texts written once per language (fr: … / en: …), the rule for everything a customer sees.</summary>
internal static class LocalizedReader
{
    private static readonly string[] LanguageKeys = [.. Languages.All];

    /// <summary>A text in French and English, each present and non-empty.</summary>
    public static LocalizedText? AsLocalized(this YamlValue value)
    {
        var mapping = PerLanguage(value);
        if (mapping is null)
        {
            return null;
        }

        var fr = mapping.Required(Languages.French, MissingMessage(Languages.French))?.AsText();
        var en = mapping.Required(Languages.English, MissingMessage(Languages.English))?.AsText();
        return fr is null || en is null ? null : new LocalizedText(fr, en);
    }

    /// <summary>Lists of phrasings in French and English, each with at least one non-empty phrasing.</summary>
    public static LocalizedPhrases? AsLocalizedPhrases(this YamlValue value)
    {
        var mapping = PerLanguage(value);
        if (mapping is null)
        {
            return null;
        }

        var fr = Phrases(mapping.Required(Languages.French, MissingMessage(Languages.French)));
        var en = Phrases(mapping.Required(Languages.English, MissingMessage(Languages.English)));
        return fr is null || en is null ? null : new LocalizedPhrases(fr, en);
    }

    /// <summary>A list of texts each written in both languages, such as aroma notes or colours.</summary>
    public static IReadOnlyList<LocalizedText>? AsLocalizedList(this YamlValue value)
    {
        var items = value.AsList();
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            return value.Report<IReadOnlyList<LocalizedText>>("the list is empty: write at least one item, like - { fr: …, en: … }.");
        }

        var texts = items.Select(AsLocalized).ToList();
        return texts.Any(t => t is null) ? null : [.. texts.Select(t => t!)];
    }

    private static YamlMapping? PerLanguage(YamlValue value)
    {
        if (value.Node is not YamlDotNet.RepresentationModel.YamlMappingNode)
        {
            return value.Report<YamlMapping>(
                $"expected one text per language (fr: … and en: …) but found {value.Describe()}: customers read French and English.");
        }

        var mapping = value.AsMapping()!;
        mapping.AllowOnly(LanguageKeys);
        return mapping;
    }

    private static IReadOnlyList<string>? Phrases(YamlValue? value)
    {
        var items = value?.AsList();
        if (value is null || items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            return value.Report<IReadOnlyList<string>>("the list is empty: write at least one phrasing.");
        }

        var texts = items.Select(i => i.AsText()).ToList();
        return texts.Any(t => t is null) ? null : [.. texts.Select(t => t!)];
    }

    private static string MissingMessage(string language) =>
        $"the {(language == Languages.French ? "French" : "English")} translation ({language}) is missing.";
}
