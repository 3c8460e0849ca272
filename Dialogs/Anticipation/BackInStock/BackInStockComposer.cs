using System.Globalization;
using Majordome.Cards.Products;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>
/// "Arpeggio est de retour en stock": the sentence with one button that puts it in the cart ("oui je le prends" typed
/// does the same), and the product's card with its picture where the channel shows cards. An offer, so a marketing
/// message: sent only where the channel allows one (inside the window, Messenger's marketing token, an approved
/// WhatsApp template), on the customer's own request for this one product (their waiting-list entry, which holds the
/// words they accepted). Nothing when the product sold out again, or the entry is gone (erased).
/// </summary>
public sealed class BackInStockComposer : IProactiveMessageComposer
{
    private readonly ICatalog _catalog;
    private readonly IOrderStore _orders;
    private readonly IStockWaitingList _waitingList;
    private readonly IChannelRegistry? _channels;
    private readonly AnticipationOptions _options;
    private readonly Localizer _localizer;

    /// <summary>Creates the composer.</summary>
    public BackInStockComposer(ICatalog catalog, IOrderStore orders, IStockWaitingList waitingList, IOptions<AnticipationOptions> options, IChannelRegistry? channels = null, Localizer? localizer = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(waitingList);
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog;
        _orders = orders;
        _waitingList = waitingList;
        _options = options.Value;
        _channels = channels;
        _localizer = localizer ?? Localizer.Default;
    }

    /// <inheritdoc />
    public string Kind => ProactiveKinds.BackInStock;

    /// <summary>The button's title in <paramref name="language"/>, which is also what it sends.</summary>
    public static string ButtonTitle(Localizer localizer, string language)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer.GetPlain(language, "backInStock.addToCart");
    }

    /// <inheritdoc />
    public async Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(culture);
        if (BackInStockScheduling.SkuOf(job) is not { } sku
            || _catalog.FindBySku(sku) is not { } product
            || await _waitingList.FindAsync(job.Request.To.CustomerKey, sku, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        // Said when sent, not when restocked: a product sold out again meanwhile is not announced.
        var stock = await _orders.GetStockAsync(sku, cancellationToken).ConfigureAwait(false);
        if (stock <= 0)
        {
            return null;
        }

        var language = Languages.FromLocale(culture.Name) ?? Languages.French;
        var name = product.Name.In(language);
        var title = ButtonTitle(_localizer, language);
        var sentence = MessageFactory.Text(_localizer.Get(language, "backInStock.message", new { name }));
        sentence.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, title, value: title)] };
        sentence.Locale = Languages.LocaleOf(language);
        var data = CardData.For(product, language) with { StockQuantity = stock };
        var channel = _channels?.Find(job.Request.To.ChannelId) ?? ChannelCapabilities.Unknown;
        var card = CardMessage.Create(channel, ProductCard.Create(data, language), ProductCard.ToText(data, language));
        return new ProactiveMessage(
            ProactiveCategory.Marketing,
            [sentence, card],
            new ProactiveTemplate(_options.BackInStockTemplate, language, [name]),
            AskedForByCustomer: true);
    }
}
