using Majordome.Cards.Products;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations;

/// <summary>The small pieces every brand conversation sends: a localized sentence, a button, product cards.</summary>
public static class ConversationMessages
{
    /// <summary>Sends the localized text of <paramref name="key"/> in the turn's language.</summary>
    public static Task SayAsync(this DialogContext dc, Localizer localizer, string key, object? args = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(localizer);
        return dc.Context.SendActivityAsync(MessageFactory.Text(localizer.Get(dc.Language, key, args)), cancellationToken);
    }

    /// <summary>A choice whose button shows and sends the localized title, while the dialog reads the stable value.</summary>
    public static Choice Button(this Localizer localizer, string value, string titleKey, string language)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var title = localizer.Get(language, titleKey);
        return new Choice(value) { Action = new CardAction(ActionTypes.ImBack, title, value: title) };
    }

    /// <summary>One product card, or a carousel of up to ten, with the plain-text fallback where the channel needs it.</summary>
    public static IMessageActivity Products(ChannelCapabilities channel, IReadOnlyList<Product> products, string language)
    {
        ArgumentNullException.ThrowIfNull(products);
        var data = products.Take(10).Select(p => CardData.For(p, language)).ToList();
        return data.Count == 1
            ? CardMessage.Create(channel, ProductCard.Create(data[0], language), ProductCard.ToText(data[0], language))
            : CardMessage.Carousel(channel, ProductCarousel.Create(data, language), ProductCarousel.ToText(data, language));
    }
}
