using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards;

/// <summary>
/// Any embedded template (Cards/Templates) bound to data given by name, for cards a marketer's flow shows
/// (the typed factories stay the way the built-in dialogs make their cards).
/// </summary>
public static class TemplateCard
{
    /// <summary>The card <paramref name="templateName"/> bound to <paramref name="data"/>, as an attachment named after its template.</summary>
    /// <exception cref="ArgumentException">There is no template of that name.</exception>
    public static Attachment Create(string templateName, JObject data, string language, string fallbackText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);
        ArgumentNullException.ThrowIfNull(data);
        var card = CardRenderer.Render(templateName, (JObject)data.DeepClone(), language, fallbackText, strict: false);
        return AdaptiveCardAttachment.From(card, templateName, data);
    }
}
