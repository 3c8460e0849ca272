using System.Globalization;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Anticipation.Reorder;

/// <summary>
/// "Your capsules should be running low": the capsules of the order the job follows, and one button that puts the same
/// as last time in the cart and goes to the checkout summary (typing "la même chose" does the same). Nothing when the
/// customer has bought capsules again since.
/// </summary>
public sealed class ReorderComposer : IProactiveMessageComposer
{
    private readonly IOrderStore _orders;
    private readonly ICatalog _catalog;
    private readonly Localizer _localizer;

    /// <summary>Creates the composer.</summary>
    public ReorderComposer(IOrderStore orders, ICatalog catalog, Localizer? localizer = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(catalog);
        _orders = orders;
        _catalog = catalog;
        _localizer = localizer ?? Localizer.Default;
    }

    /// <inheritdoc />
    public string Kind => ProactiveKinds.Reorder;

    /// <summary>The button's title, which is also what it sends: a tap and a typed answer reach the same words.</summary>
    public static string ButtonTitle(Localizer localizer, string language)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer.Get(language, "reorder.same");
    }

    /// <inheritdoc />
    public async Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(culture);
        var customer = job.Request.To.CustomerKey;
        if (ReorderScheduling.OrderNumberOf(job) is not { } number
            || await _orders.FindOrderAsync(number, customer, cancellationToken).ConfigureAwait(false) is not { Status: not OrderStatus.Cancelled } order)
        {
            return null;
        }

        // Bought capsules again since: this reminder's estimate no longer holds.
        var recent = await _orders.ListOrdersAsync(customer, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (recent.Any(o => o.PlacedAt > order.PlacedAt && o.Status != OrderStatus.Cancelled && CapsulePurchase.CapsulesIn(o, _catalog) > 0))
        {
            return null;
        }

        var language = Languages.FromLocale(culture.Name) ?? Languages.French;
        var products = string.Join(", ", order.Lines
            .Where(l => _catalog.FindBySku(l.Sku)?.Category == ProductCategory.Capsules)
            .Select(l => $"{l.Quantity.ToString(CultureInfo.InvariantCulture)} × {_catalog.FindBySku(l.Sku)?.Name.In(language) ?? l.Name}"));
        var title = ButtonTitle(_localizer, language);
        var message = MessageFactory.Text(_localizer.Get(language, "reorder.reminder", new { products }));
        message.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, title, value: title)] };
        message.Locale = Languages.LocaleOf(language);
        return new ProactiveMessage(ProactiveCategory.Marketing, [message], Template: null);
    }
}
