using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards;

/// <summary>Wraps a rendered card in the Bot Framework attachment every channel adapter understands.</summary>
public static class AdaptiveCardAttachment
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The attachment holding <paramref name="card"/>.</summary>
    public static Attachment From(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ContentType, Content = card };
    }
}
