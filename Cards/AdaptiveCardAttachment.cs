using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards;

/// <summary>
/// Wraps a rendered card in the Bot Framework attachment every channel adapter understands. A card made by one of
/// Majordome's factories also says where it came from: <see cref="Attachment.Name"/> is its template name (for
/// example "product-carousel") and the extension property <see cref="SourceDataProperty"/> holds the typed data it
/// was built from. Channels that cannot show Adaptive Cards (Messenger, Instagram) read both to build their own
/// native message, instead of parsing the card's layout back.
/// </summary>
public static class AdaptiveCardAttachment
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The attachment's extension property holding the factory's data (the record, as JSON).</summary>
    public const string SourceDataProperty = "majordomeCardData";

    /// <summary>The attachment holding <paramref name="card"/>.</summary>
    public static Attachment From(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ContentType, Content = card };
    }

    /// <summary>The attachment holding <paramref name="card"/>, built from template <paramref name="templateName"/> with <paramref name="data"/>.</summary>
    public static Attachment From(JObject card, string templateName, object data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);
        ArgumentNullException.ThrowIfNull(data);
        var attachment = From(card);
        attachment.Name = templateName;
        attachment.Properties = new JObject { [SourceDataProperty] = JObject.FromObject(data) };
        return attachment;
    }

    /// <summary>The template name and data of a card made by a factory; false for any other attachment.</summary>
    public static bool TryGetSource(Attachment attachment, out string templateName, out JObject data)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        templateName = attachment.Name ?? string.Empty;
        data = attachment.Properties?[SourceDataProperty] as JObject ?? [];
        return attachment.ContentType == ContentType && templateName.Length > 0 && data.Count > 0;
    }
}
