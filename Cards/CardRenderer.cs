using Majordome.Cards.Localization;
using Majordome.Cards.Templates;
using Majordome.Cards.Templating;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards;

/// <summary>
/// What every card factory does after shaping its data: adds the card's labels, language and text fallback,
/// binds the embedded template, and escapes the bound texts as Markdown (<see cref="MarkdownText"/>).
/// </summary>
internal static class CardRenderer
{
    /// <summary>Binds <paramref name="cardName"/>.json with <paramref name="data"/>; <paramref name="data"/> gains "labels", "language" and "fallbackText".</summary>
    public static JObject Render(string cardName, JObject data, string language, string fallbackText, bool strict)
    {
        language = CardLanguage.Normalize(language);
        data["labels"] = CardLabels.ForCard(cardName, language);
        data["language"] = language;
        data["fallbackText"] = fallbackText;
        var options = new TemplateBindingOptions { TemplateName = cardName + ".json", Strict = strict };
        var card = (JObject)TemplateBinder.Bind(CardTemplates.Shared(cardName), data, options);

        // A card's texts are Markdown; the data (a customer's address, a flow's answers) is shown as written.
        MarkdownText.EscapeCardTexts(card);
        return card;
    }
}
